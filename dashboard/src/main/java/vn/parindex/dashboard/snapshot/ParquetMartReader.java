package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.MartRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartSchema;

/**
 * Reads a mart folder, or one province of it, into a {@link Table} with the marts module's reader: text normalised
 * (NFC) and pooled, dates as the extract writes them (yyyy-mm-dd), and the estimated bytes of the rows read.
 */
final class ParquetMartReader {
    private final StringPool pool;
    private final MartReader reader;
    private final AtomicLong bytes = new AtomicLong();

    ParquetMartReader(StringPool pool) {
        this.pool = pool;
        this.reader = new MartReader(pool::pooled);
    }

    /** The whole mart: for the start-up tables. */
    Table read(MartSchema mart, Path folder) throws IOException {
        List<MartRow> rows = new ArrayList<>();
        reader.read(mart, folder, values -> rows.add(row(mart, values)));
        return new Table(mart, rows);
    }

    /**
     * The whole mart, its province partitions read side by side (on the common pool: one per core), in partition
     * order; an unpartitioned mart as {@link #read}.
     */
    Table readPartitions(MartSchema mart, Path folder) throws IOException {
        List<String> provinces = MartReader.provinces(folder);
        if (provinces.size() < 2) {
            return read(mart, folder);
        }
        List<List<MartRow>> parts;
        try {
            parts = provinces.parallelStream().map(province -> {
                List<MartRow> rows = new ArrayList<>();
                try {
                    reader.readProvince(mart, folder, province, values -> rows.add(row(mart, values)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return rows;
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Table(mart, parts.stream().flatMap(List::stream).toList());
    }

    /** One province's rows; none when the snapshot has no such mart (published before it existed). */
    Table readProvince(MartSchema mart, Path folder, String province) throws IOException {
        List<MartRow> rows = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            reader.readProvince(mart, folder, province, values -> rows.add(row(mart, values)));
        }
        return new Table(mart, rows);
    }

    /** The rows of one value of the partition column that pass the filter; none when the snapshot has no such mart. */
    Table readPartition(MartSchema mart, Path folder, String column, String value,
                        java.util.function.Predicate<Object[]> keep) throws IOException {
        List<MartRow> rows = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            reader.readPartition(mart, folder, column, value, values -> {
                if (keep.test(values)) {
                    rows.add(row(mart, values));
                }
            });
        }
        return new Table(mart, rows);
    }

    /** The rows read so far, with the text their pool added. */
    long bytes() {
        return bytes.get() + pool.bytes();
    }

    private MartRow row(MartSchema mart, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate date) {
                values[i] = pool.pooled(date.toString());
            }
        }
        bytes.addAndGet(RowBytes.of(values));
        return new MartRow(mart, values);
    }
}
