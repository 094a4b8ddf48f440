package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;

/**
 * Whether the marts the dashboard holds whole (unit_year, units, plan_tasks) fit its heap, told from their Parquet
 * footers before a row is read. A snapshot loads in the background while the old one serves: a load that ran out of
 * memory there could starve the requests too, so a snapshot that cannot fit is refused up front with a line saying
 * what to raise; the out-of-memory handling stays as the last guard.
 */
final class HeapBudget {
    /** A held row's boxes, array and indexes (RowBytes counts ~100–250 bytes), rounded up. */
    private static final long BYTES_PER_ROW = 300;
    /** Text is held as Java strings (up to two bytes a character where Parquet has one) in a pool. */
    private static final long BYTES_PER_TEXT_BYTE = 2;
    /** What the held marts may take of the heap: the rest is for requests, slices and the old snapshot. */
    private static final double SHARE_OF_HEAP = 0.4;

    private HeapBudget() {
    }

    /** The estimated heap the held marts' rows take, in bytes. */
    static long estimate(Path... martFolders) throws IOException {
        long bytes = 0;
        for (Path folder : martFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
                    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
                        for (BlockMetaData block : reader.getFooter().getBlocks()) {
                            bytes += block.getRowCount() * BYTES_PER_ROW + block.getTotalByteSize() * BYTES_PER_TEXT_BYTE;
                        }
                    }
                }
            }
        }
        return bytes;
    }

    /** Refuses a snapshot whose held marts would take more than their share of this JVM's heap. */
    static void check(Path snapshotDir, Path... martFolders) throws IOException {
        long needed = estimate(martFolders);
        long allowed = (long) (Runtime.getRuntime().maxMemory() * SHARE_OF_HEAP);
        if (needed > allowed) {
            throw new IOException("snapshot " + snapshotDir.getFileName() + " is too large for this server's heap: its"
                    + " rankings need about " + needed / (1024 * 1024) + " MB, " + allowed / (1024 * 1024)
                    + " MB are allowed; raise the heap (PARINDEX_DASHBOARD_JAVA_OPTS=-Xmx1g ./parindex serve)");
        }
    }
}
