package vn.parindex.compute;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.MartWriter;

/**
 * One published table: its declaration (name and columns, shared with the dashboard) and its rows, in the extract's
 * order; partitionColumn: each value's rows sorted in one Spark partition, written as one folder each (see
 * {@link Published}), or null for one sorted partition.
 */
public record Mart(MartSchema schema, Dataset<Row> rows, String partitionColumn) {
    public String name() {
        return schema.name();
    }

    /** Writes the mart's Parquet folder: partitioned (one sorted file per value) or one sorted file. */
    public void write(Path folder) throws IOException {
        if (partitionColumn != null) {
            rows.write().partitionBy(partitionColumn).parquet(folder.toString());
            if (MartPartitions.folders(folder, partitionColumn).isEmpty()) {
                // Spark writes no file at all for a partitioned table without rows: an empty part keeps the folder a
                // mart (readers take a folder without any part file for a broken snapshot)
                new MartWriter(schema, folder).close();
            }
        } else {
            rows.write().parquet(folder.toString());
        }
    }
}
