package vn.parindex.compute;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartSchema;

/**
 * One published table: its declaration (name and columns, shared with the dashboard) and its rows, in the extract's
 * order; byProvince: each province's rows sorted in one partition (see {@link Published}), else one sorted partition.
 */
public record Mart(MartSchema schema, Dataset<Row> rows, boolean byProvince) {
    public String name() {
        return schema.name();
    }

    /** Writes the mart's Parquet folder: partitioned by province (one sorted file each) or one sorted file. */
    public void write(java.nio.file.Path folder) {
        if (byProvince) {
            rows.write().partitionBy(MartPartitions.COLUMN).parquet(folder.toString());
        } else {
            rows.write().parquet(folder.toString());
        }
    }
}
