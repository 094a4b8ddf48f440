package vn.parindex.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One file's valid rows, kept until the run has decided about the file: in memory for `validate` and the tests, in a
 * Parquet part file for the nightly job (so no run holds every row as Java objects).
 */
public interface StagedRows {
    void add(StagedScore row) throws IOException;

    /** Ends writing; reading is possible afterwards. */
    void finish() throws IOException;

    long count();

    /** Hands back the rows of the given province-years, in line order. */
    void forEach(Set<ProvinceYear> only, Consumer<StagedScore> rows) throws IOException;

    /** The folder holding the rows as a Parquet part file, or null when they are held in memory. */
    Path folder();
}
