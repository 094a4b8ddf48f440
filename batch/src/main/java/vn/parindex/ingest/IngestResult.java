package vn.parindex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.parindex.quality.Issue;

/**
 * The outcome of ingest: the staged rows of accepted files, the quarantined files, the province-years those files
 * spoke about (whose earlier data is kept), and every problem found. {@code repeats} is true when two accepted files
 * share a province-year, so the same key may be given twice (identically) and is to be used once, from the first.
 */
public record IngestResult(List<FileStage> acceptedStages, List<String> quarantinedFiles,
                           Set<ProvinceYear> protectedProvinceYears, List<Issue> issues, boolean repeats) {

    public boolean anyQuarantined() {
        return !quarantinedFiles.isEmpty();
    }

    public List<String> acceptedFiles() {
        return acceptedStages.stream().map(FileStage::file).toList();
    }

    /** The accepted rows as staged, before identical repeats are dropped. */
    public long acceptedRowCount() {
        return acceptedStages.stream().mapToLong(stage -> stage.rows().count()).sum();
    }

    /** The Parquet folders of the accepted files' rows (none when the rows were held in memory). */
    public List<Path> acceptedFolders() {
        return acceptedStages.stream().map(stage -> stage.rows().folder()).filter(Objects::nonNull).toList();
    }

    /**
     * True when the accepted files' part files, taken together, are the staged scores as they are to be kept: every
     * accepted file was staged to Parquet and no two of them share a province-year (so no key comes twice).
     */
    public boolean partsAreTheScores() {
        return !repeats && !acceptedStages.isEmpty() && acceptedFolders().size() == acceptedStages.size();
    }

    /**
     * The accepted rows as objects, each key once (from the first file giving it): for `validate` and the tests,
     * never for a nightly run, which hands the staged files to Spark.
     */
    public List<StagedScore> accepted() {
        List<StagedScore> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (FileStage stage : acceptedStages) {
            try {
                stage.rows().forEach(stage.provinceYears(), row -> {
                    if (keys.add(row.key())) {
                        rows.add(row);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
