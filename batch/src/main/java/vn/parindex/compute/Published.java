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
 * The published form of a computed table: the extract's columns only, numbers rounded to 2 decimals, in the
 * extract's order. A mart the marts module declares partitioned (by province; domain_year by unit type) is laid out
 * by that column: each value's rows in one Spark partition, sorted within it, so it is written as one sorted file per
 * value (marts/NAME/province=P/) that the extract and the dashboard read one province at a time. The others
 * (target_status in targets.csv's order, the plan tables by file and line, the units) are bounded by a reference
 * file, not by the scores: one sorted partition.
 */
final class Published {
    private Published() {
    }

    static Mart of(MartSchema mart, Dataset<Row> computed, String... orderBy) {
        Column[] selected = selected(mart, computed);
        Column[] order = Arrays.stream(orderBy).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        if (mart.partitioned()) {
            return partitioned(mart, computed, mart.partitionColumn(), orderBy);
        }
        return new Mart(mart, computed.orderBy(order).select(selected).coalesce(1), null);
    }

    /** Laid out by the column: each value's rows sorted (by the column, then the order) in one Spark partition. */
    private static Mart partitioned(MartSchema mart, Dataset<Row> computed, String column, String... orderBy) {
        Column[] order = java.util.stream.Stream.concat(java.util.stream.Stream.of(column), Arrays.stream(orderBy))
                .distinct().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        return new Mart(mart, computed.repartition(col(column)).sortWithinPartitions(order).select(selected(mart,
                computed)), column);
    }

    private static Column[] selected(MartSchema mart, Dataset<Row> computed) {
        return mart.names().stream().map(name -> {
            StructField field = computed.schema().apply(name);
            return field.dataType().equals(DataTypes.DoubleType) ? Keys.round2(name).as(name) : col(name);
        }).toArray(Column[]::new);
    }
}
