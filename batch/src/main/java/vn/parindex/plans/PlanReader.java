package vn.parindex.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.ingest.ScoreFiles;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;

/**
 * Reads the plan task files DIR/plans/**&#47;*.csv (contract 1.7). Like a score file, a plan file with any error is
 * quarantined whole; a deadline outside the grammar is only a warning and the task is kept.
 */
public final class PlanReader {
    /** Columns a plan file must have; index, code, output, lead, partners and done_on may be left out (blank). */
    public static final List<String> REQUIRED = List.of("province", "unit", "plan_year", "task", "deadline");

    private PlanReader() {
    }

    /** Every CSV file under DIR/plans/, in path order; no plans folder gives an empty reading. */
    public static PlanReading read(Path inputDir, ReferenceData reference) throws IOException {
        List<Path> csvFiles = ScoreFiles.plans(inputDir).stream()
                .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        return read(inputDir, csvFiles, reference);
    }

    /** The given plan files, named relative to the input folder. */
    public static PlanReading read(Path inputDir, List<Path> files, ReferenceData reference) throws IOException {
        List<PlanTask> tasks = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        for (Path file : files) {
            String name = ScoreFiles.displayName(inputDir, file);
            List<Issue> fileIssues = new ArrayList<>();
            List<PlanTask> fileTasks = readFile(file, name, reference, fileIssues);
            issues.addAll(fileIssues);
            if (fileIssues.stream().anyMatch(issue -> issue.severity() == Issue.Severity.ERROR)) {
                quarantined.add(name);
            } else {
                accepted.add(name);
                tasks.addAll(fileTasks);
            }
        }
        tasks.sort(Comparator.comparing(PlanTask::file).thenComparingInt(PlanTask::line));
        return new PlanReading(tasks, issues, accepted, quarantined);
    }

    private static List<PlanTask> readFile(Path file, String name, ReferenceData reference, List<Issue> issues)
            throws IOException {
        CsvTable table;
        try {
            table = CsvTable.read(file, REQUIRED);
        } catch (InputFileException e) {
            issues.add(Issue.error(name, e.line(), "", e.rule(), e.getMessage()));
            return List.of();
        }
        List<PlanTask> tasks = new ArrayList<>();
        for (CsvRecord row : table.rows()) {
            Optional<PlanTask> task = new PlanRowCheck(table, row, name, reference, issues).run();
            task.ifPresent(tasks::add);
        }
        return tasks;
    }
}
