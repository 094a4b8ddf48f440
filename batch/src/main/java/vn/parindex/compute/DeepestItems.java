package vn.parindex.compute;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * A unit-year's deepest scored items (no child has a score): those that no item of the unit-year names as its
 * parent. One window over the unit-year (a set of some thirty codes each), so the windows and aggregations over the
 * unit-year that follow need no further shuffle.
 */
final class DeepestItems {
    private DeepestItems() {
    }

    static Dataset<Row> of(Dataset<Row> components) {
        return components
                .withColumn("scored_parents", collect_set(col("parent_code"))
                        .over(Window.partitionBy(Keys.cols(Keys.UNIT_YEAR))))
                .filter(not(array_contains(col("scored_parents"), col("code"))))
                .drop("scored_parents");
    }
}
