package vn.parindex.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataException;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * `validate`: the same reader, validator and settlement as the nightly job, without Spark and without publishing.
 * Returns every problem found (reference data first).
 */
public final class Validation {
    private Validation() {
    }

    public static List<Issue> check(Path inputDir, List<Path> files) throws Exception {
        ReferenceData reference;
        try {
            reference = ReferenceDataLoader.load(inputDir);
        } catch (ReferenceDataException e) {
            return e.issues();
        }
        ScoreFileReader reader = files.isEmpty() ? new ScoreFileReader(() -> inputDir)
                : new ScoreFileReader(() -> inputDir, () -> files);
        ScoreValidator validator = new ScoreValidator(() -> reference);
        StagingArea staging = new StagingArea();
        reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
        List<CheckedLine> chunk = new ArrayList<>();
        for (ScoreLine line = reader.read(); line != null; line = reader.read()) {
            chunk.add(validator.process(line));
        }
        staging.write(new org.springframework.batch.infrastructure.item.Chunk<>(chunk));
        return Settlement.settle(staging.files()).issues();
    }
}
