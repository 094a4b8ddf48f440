package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import vn.parindex.marts.MartSchema;

/**
 * The published form of a computed table: the extract's columns only, numbers rounded to 2 decimals, sorted, in one
 * partition, cached because it is written twice (Parquet mart and CSV extract).
 */
final class Published {
    private Published() {
    }

    static Mart of(MartSchema mart, Dataset<Row> computed, String... orderBy) {
        Column[] selected = mart.names().stream().map(name -> {
            StructField field = computed.schema().apply(name);
            return field.dataType().equals(DataTypes.DoubleType) ? Keys.round2(name).as(name) : col(name);
        }).toArray(Column[]::new);
        Column[] order = Arrays.stream(orderBy).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        return new Mart(mart, computed.orderBy(order).select(selected).coalesce(1).cache());
    }
}
