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

/**
 * `validate`: the same reader, validator and settlement as the nightly job, without Spark and without publishing.
 */
public final class Validation {
    private Validation() {
    }

    /** The reference data and what ingest makes of the score files; invalid reference data throws. */
    public record Ingested(ReferenceData reference, IngestResult result) {
    }

    public static Ingested read(Path inputDir, List<Path> files) throws Exception {
        ReferenceData reference = ReferenceDataLoader.load(inputDir);
        ScoreFileReader reader = files.isEmpty() ? new ScoreFileReader(() -> inputDir)
                : new ScoreFileReader(() -> inputDir, () -> files);
        ScoreValidator validator = new ScoreValidator(() -> reference);
        StagingArea staging = new StagingArea();
        reader.open(new ExecutionContext());
        List<CheckedLine> checked = new ArrayList<>();
        for (ScoreLine line = reader.read(); line != null; line = reader.read()) {
            checked.add(validator.process(line));
        }
        staging.write(new Chunk<>(checked));
        return new Ingested(reference, Settlement.settle(staging.files()));
    }

    /** Every problem found, reference data first. */
    public static List<Issue> check(Path inputDir, List<Path> files) throws Exception {
        try {
            return read(inputDir, files).result().issues();
        } catch (ReferenceDataException e) {
            return e.issues();
        }
    }
}
