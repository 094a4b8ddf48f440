package vn.parindex.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.parindex.csv.InputFileException;
import vn.parindex.ingest.ScoreFiles;
import vn.parindex.quality.Issue;
import vn.parindex.read.ReadingSummary;
import vn.parindex.reference.ReferenceData;

/**
 * Reads the plan files DIR/plans/**&#47;*.csv, *.xlsx, *.xls, *.docx and *.pdf (contract 1.7, 1.8), each through the
 * {@link PlanSource} of its format. Like a score file, a plan file with any error is quarantined whole; a deadline
 * outside the grammar is only a warning and the task is kept. A task held by several accepted files (a task list
 * dropped back beside its plan) is one task, updated by {@link TaskUpdates}.
 */
public final class PlanReader {
    /** Columns a plan file must have; index, code, output, lead, partners and done_on may be left out (blank). */
    public static final List<String> REQUIRED = PlanColumns.REQUIRED;

    private PlanReader() {
    }

    /** Every plan file under DIR/plans/ (CSV and workbooks), in path order; no plans folder gives an empty reading. */
    public static PlanReading read(Path inputDir, ReferenceData reference) throws IOException {
        return read(inputDir, ScoreFiles.plans(inputDir), reference);
    }

    /** The given plan files, named relative to the input folder. */
    public static PlanReading read(Path inputDir, List<Path> files, ReferenceData reference) throws IOException {
        List<TaskUpdates.FileTasks> acceptedTasks = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> quarantined = new ArrayList<>();
        List<ReadingSummary> readings = new ArrayList<>();
        for (Path file : files) {
            String name = ScoreFiles.displayName(inputDir, file);
            List<Issue> fileIssues = new ArrayList<>();
            Optional<TaskUpdates.FileTasks> fileTasks = readFile(file, name, reference, fileIssues, readings);
            issues.addAll(fileIssues);
            if (fileIssues.stream().anyMatch(issue -> issue.severity() == Issue.Severity.ERROR)) {
                quarantined.add(name);
            } else {
                accepted.add(name);
                fileTasks.ifPresent(acceptedTasks::add);
            }
        }
        TaskUpdates merged = TaskUpdates.merge(acceptedTasks);
        issues.addAll(merged.issues());
        List<PlanTask> tasks = new ArrayList<>(merged.tasks());
        tasks.sort(Comparator.comparing(PlanTask::file).thenComparingInt(PlanTask::line));
        return new PlanReading(tasks, issues, accepted, quarantined, readings);
    }

    private static Optional<TaskUpdates.FileTasks> readFile(Path file, String name, ReferenceData reference,
                                                            List<Issue> issues, List<ReadingSummary> readings)
            throws IOException {
        Optional<PlanSource> source = PlanSource.forFile(file);
        if (source.isEmpty()) {
            issues.add(Issue.error(name, 0, "", "not_a_plan_file", "a plan file is a .csv, .xlsx, .xls, .docx or .pdf"
                    + " file"));
            return Optional.empty();
        }
        PlanRecords records;
        try {
            records = source.get().records(file, reference);
        } catch (InputFileException problem) {
            issues.add(Issue.error(name, problem.line(), "", problem.rule(), problem.getMessage()));
            if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                readings.add(new ReadingSummary(name, "a plan file", List.of("not read: " + problem.getMessage())));
            }
            return Optional.empty();
        }
        if (!records.kind().isEmpty()) {
            List<String> description = new ArrayList<>(records.description());
            records.records().forEach(record -> description.add(TaskLines.describe(record)));
            readings.add(new ReadingSummary(name, records.kind(), description));
        }
        List<TaskUpdates.Read> tasks = new ArrayList<>();
        for (PlanRecord record : records.records()) {
            new PlanRowCheck(record, name, reference, issues).run()
                    .ifPresent(task -> tasks.add(new TaskUpdates.Read(task, record)));
        }
        return Optional.of(new TaskUpdates.FileTasks(name, records.taskList(), tasks));
    }
}
