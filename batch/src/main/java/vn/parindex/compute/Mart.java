package vn.parindex.compute;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.marts.MartSchema;

/** One published table: its declaration (name and columns, shared with the dashboard) and its rows, in order. */
public record Mart(MartSchema schema, Dataset<Row> rows) {
    public String name() {
        return schema.name();
    }
}
