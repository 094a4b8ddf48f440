package vn.parindex.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataException;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.workbook.WorkbookSummary;

/**
 * `validate`: the same reader, validator and settlement as the nightly job, without Spark and without publishing.
 */
public final class Validation {
    private Validation() {
    }

    /** The reference data and what ingest makes of the score files; invalid reference data throws. */
    public record Ingested(ReferenceData reference, IngestResult result, List<WorkbookSummary> workbooks) {
    }

    public static Ingested read(Path inputDir, List<Path> files) throws Exception {
        ReferenceData reference = ReferenceDataLoader.load(inputDir);
        List<Path> chosen = files.isEmpty() ? ScoreFiles.list(inputDir) : files;
        ScoreFileReader reader = new ScoreFileReader(() -> inputDir, () -> chosen, () -> reference);
        ScoreValidator validator = new ScoreValidator(() -> reference);
        StagingArea staging = new StagingArea();
        reader.open(new ExecutionContext());
        List<CheckedLine> checked = new ArrayList<>();
        for (ScoreLine line = reader.read(); line != null; line = reader.read()) {
            checked.add(validator.process(line));
        }
        staging.write(new Chunk<>(checked));
        return new Ingested(reference, Settlement.settle(staging.files()), reader.workbookSummaries());
    }

    /** Every problem found, reference data first. */
    public static List<Issue> check(Path inputDir, List<Path> files) throws Exception {
        return report(inputDir, files).issues();
    }

    /** What `validate` prints: how each workbook was read, then every problem. */
    public record Report(List<Issue> issues, List<WorkbookSummary> workbooks) {
    }

    public static Report report(Path inputDir, List<Path> files) throws Exception {
        try {
            Ingested ingested = read(inputDir, files);
            return new Report(ingested.result().issues(), ingested.workbooks());
        } catch (ReferenceDataException e) {
            return new Report(e.issues(), List.of());
        }
    }
}
