package vn.parindex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartWriter;
import vn.parindex.marts.Marts;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/**
 * A file's rows streamed into a Parquet part file (the staged_scores columns) as they are validated; Spark reads the
 * part files of the accepted files, and only the rows of a province-year two files share are ever read back here.
 */
public final class ParquetRows implements StagedRows {
    /** A new part every so many rows: Spark reads a file in one task, so one big file would be one task. */
    static final long ROWS_PER_PART = 200_000;

    private final Path folder;
    private MartWriter writer;
    private long count;

    public ParquetRows(Path folder) throws IOException {
        this.folder = folder;
        this.writer = new MartWriter(Marts.STAGED_SCORES, folder, part(0));
    }

    private static String part(long n) {
        return String.format("part-%05d.snappy.parquet", n);
    }

    @Override
    public void add(StagedScore s) throws IOException {
        if (count > 0 && count % ROWS_PER_PART == 0) {
            writer.close();
            writer = new MartWriter(Marts.STAGED_SCORES, folder, part(count / ROWS_PER_PART));
        }
        writer.write(new Object[]{s.province(), s.tier().code(), s.year(), s.unitId(), s.index().name(), s.code(),
                s.score(), s.na(), s.selfScore(), s.file(), s.line(), s.provenance().code(), s.source()});
        count++;
    }

    @Override
    public void finish() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void forEach(Set<ProvinceYear> only, Consumer<StagedScore> rows) throws IOException {
        finish();
        new MartReader().read(Marts.STAGED_SCORES, folder, v -> {
            if (only.contains(new ProvinceYear((String) v[0], (Integer) v[2]))) {
                rows.accept(new StagedScore((String) v[9], (Integer) v[10], (String) v[0],
                        Tier.of((String) v[1]).orElseThrow(), (Integer) v[2], (String) v[3],
                        ScoreIndex.valueOf((String) v[4]), (String) v[5], (Double) v[6], (Boolean) v[7],
                        (Double) v[8], Provenance.orPublished((String) v[11]), (String) v[12]));
            }
        });
    }

    @Override
    public Path folder() {
        return folder;
    }

    /** For a caller that cannot throw (the staging area's factory). */
    public static ParquetRows in(Path folder) {
        try {
            return new ParquetRows(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
