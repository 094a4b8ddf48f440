package vn.parindex.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.ingest.CheckedLine;
import vn.parindex.ingest.IngestResult;
import vn.parindex.ingest.ScoreFileReader;
import vn.parindex.ingest.ScoreFiles;
import vn.parindex.ingest.ScoreValidator;
import vn.parindex.ingest.Settlement;
import vn.parindex.ingest.StagingArea;
import vn.parindex.plans.PlanReader;
import vn.parindex.plans.PlanReading;
import vn.parindex.quality.Issue;
import vn.parindex.read.ScoreLine;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataException;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.read.ReadingSummary;

/**
 * `validate`: the same reader, validator and settlement as the nightly job, without Spark and without publishing;
 * the plan files (DIR/plans/**) through the same plan reader as the job.
 */
public final class Validation {
    private static final int CHUNK = 500;
    private Validation() {
    }

    /** The reference data and what ingest makes of the score files; invalid reference data throws. */
    public record Ingested(ReferenceData reference, IngestResult result, List<ReadingSummary> readings) {
    }

    public static Ingested read(Path inputDir, List<Path> files) throws Exception {
        ReferenceData reference = ReferenceDataLoader.load(inputDir);
        return ingest(inputDir, reference, files.isEmpty() ? ScoreFiles.list(inputDir) : files);
    }

    private static Ingested ingest(Path inputDir, ReferenceData reference, List<Path> chosen) throws Exception {
        ScoreFileReader reader = new ScoreFileReader(() -> inputDir, () -> chosen, () -> reference);
        ScoreValidator validator = new ScoreValidator(() -> reference);
        StagingArea staging = new StagingArea();
        reader.open(new ExecutionContext());
        List<CheckedLine> checked = new ArrayList<>();
        for (ScoreLine line = reader.read(); line != null; line = reader.read()) {
            checked.add(validator.process(line));
            if (checked.size() == CHUNK) { // handed over like the job's chunks, so the lines are never all held
                staging.write(new Chunk<>(checked));
                checked.clear();
            }
        }
        staging.write(new Chunk<>(checked));
        return new Ingested(reference, Settlement.settle(staging.files()), reader.readings());
    }

    /** Every problem found, reference data first. */
    public static List<Issue> check(Path inputDir, List<Path> files) throws Exception {
        return report(inputDir, files).issues();
    }

    /** What `validate` prints: how each workbook, document and plan file was read, then every problem. */
    public record Report(List<Issue> issues, List<ReadingSummary> readings) {
    }

    /**
     * No files: every score file, then every plan file. Given files: those under DIR/plans/ are checked as plan files,
     * the others as score files.
     */
    public static Report report(Path inputDir, List<Path> files) throws Exception {
        boolean all = files.isEmpty();
        List<Path> plans = files.stream().filter(file -> isPlanFile(inputDir, file)).toList();
        List<Path> scores = files.stream().filter(file -> !isPlanFile(inputDir, file)).toList();
        try {
            ReferenceData reference = ReferenceDataLoader.load(inputDir);
            List<Issue> issues = new ArrayList<>();
            List<ReadingSummary> readings = List.of();
            if (all || !scores.isEmpty()) {
                Ingested ingested = ingest(inputDir, reference, all ? ScoreFiles.list(inputDir) : scores);
                issues.addAll(ingested.result().issues());
                readings = ingested.readings();
            }
            PlanReading planReading = PlanReader.read(inputDir, all ? ScoreFiles.plans(inputDir) : plans, reference);
            issues.addAll(planReading.issues());
            List<ReadingSummary> allReadings = new ArrayList<>(readings);
            allReadings.addAll(planReading.readings());
            return new Report(issues, allReadings);
        } catch (ReferenceDataException e) {
            return new Report(e.issues(), List.of());
        }
    }

    private static boolean isPlanFile(Path inputDir, Path file) {
        return file.toAbsolutePath().normalize().startsWith(inputDir.toAbsolutePath().normalize().resolve("plans"));
    }
}
