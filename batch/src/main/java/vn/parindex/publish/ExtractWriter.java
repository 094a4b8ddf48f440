package vn.parindex.publish;

import vn.parindex.marts.Marts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.parindex.marts.ExtractText;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.SnapshotLayout;
import vn.parindex.marts.MartSchema;
import vn.parindex.quality.Issue;

/** Writes the CSV extracts of contract section 4: '.' decimals with 2 places, true/false, blank for none. */
public final class ExtractWriter {
    private ExtractWriter() {
    }

    /**
     * Writes the extracts of the given marts of a snapshot, two at a time (each is one reader and one writer, mostly
     * decoding and formatting: two cores' work), and returns their row counts in the marts' order.
     */
    public static Map<String, Long> writeAll(List<MartSchema> marts, Path snapshot) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "extracts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Long>> counts = new LinkedHashMap<>();
            for (MartSchema mart : marts) {
                counts.put(mart.name(), pool.submit(() -> write(mart, SnapshotLayout.mart(snapshot, mart.name()),
                        SnapshotLayout.extract(snapshot, mart.name()))));
            }
            Map<String, Long> written = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Long>> count : counts.entrySet()) {
                written.put(count.getKey(), count.getValue().get());
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the extracts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Streams a written mart folder into its extract, row by row (one row group in memory): a partitioned mart
     * province by province in Spark's string order (UTF-8 bytes), each province's one file already sorted; an
     * unpartitioned mart's part files in name order, as Spark wrote its sorted partitions. Returns the row count.
     */
    public static long write(MartSchema schema, Path martFolder, Path file) throws IOException {
        MartReader reader = new MartReader();
        long[] count = {0};
        List<String> fields = new ArrayList<>(schema.columns().size());
        try (CsvOut out = new CsvOut(file, schema.names())) {
            Consumer<Object[]> row = values -> {
                fields.clear();
                for (int i = 0; i < values.length; i++) {
                    fields.add(ExtractText.of(schema, values, i));
                }
                try {
                    out.row(fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            };
            List<Path> partitions = MartPartitions.folders(martFolder);
            if (partitions.isEmpty() && !hasPart(martFolder)) {
                return 0; // Spark writes no file at all for an empty partitioned table
            }
            if (partitions.isEmpty()) {
                reader.read(schema, martFolder, row);
                return count[0];
            }
            List<String> provinces = new ArrayList<>(MartReader.provinces(martFolder));
            provinces.sort(SPARK_STRING_ORDER);
            for (String province : provinces) {
                requireOneFile(MartPartitions.folder(martFolder, province).orElseThrow());
                reader.readProvince(schema, martFolder, province, row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** Spark orders strings by their UTF-8 bytes, unsigned. */
    static final Comparator<String> SPARK_STRING_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private static boolean hasPart(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("part-"));
        }
    }

    /** One sorted file per province is what makes the stream sorted: two would need a merge. */
    private static void requireOneFile(Path partition) throws IOException {
        try (Stream<Path> files = Files.list(partition)) {
            long parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
            if (parts > 1) {
                throw new IOException(partition + " holds " + parts + " part files, one sorted file was expected");
            }
        }
    }

    public static void writeIssues(List<Issue> issues, Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, Marts.QUALITY_ISSUES.names())) {
            for (Issue issue : issues) {
                out.row(List.of(issue.severity().label(), nullToEmpty(issue.file()),
                        issue.line() > 0 ? String.valueOf(issue.line()) : "", nullToEmpty(issue.column()),
                        issue.rule(), issue.message(), issue.action()));
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
