package vn.parindex.compute;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.marts.MartSchema;

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
    public void write(java.nio.file.Path folder) {
        if (partitionColumn != null) {
            rows.write().partitionBy(partitionColumn).parquet(folder.toString());
        } else {
            rows.write().parquet(folder.toString());
        }
    }
}
