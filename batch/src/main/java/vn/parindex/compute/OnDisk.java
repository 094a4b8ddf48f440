package vn.parindex.compute;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises a stage as big as the score rows: a local checkpoint (it cuts the query plan, which would otherwise
 * grow with every stage that reuses it) kept on the executors' local disk. Held in the heap instead, the millions of
 * rows of a national run cost more in garbage collection than reading them back (53 s of 225 s of task time against
 * 5 s measured, see bench/README.md). The layout by province and the sort order stay known to the plans that read it.
 */
final class OnDisk {
    private OnDisk() {
    }

    static Dataset<Row> checkpoint(Dataset<Row> rows) {
        return rows.localCheckpoint(true, StorageLevel.DISK_ONLY());
    }
}
