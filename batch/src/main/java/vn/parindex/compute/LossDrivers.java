package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Where each unit-year lost its points: among its deepest scored items (no child has a score), the five that lost
 * the most, ties in code order, with their share of all the points those items lost.
 */
final class LossDrivers {
    private static final int TOP = 5;

    private LossDrivers() {
    }

    static Dataset<Row> compute(Dataset<Row> components) {
        // every window is over the unit-year, so the data is shuffled once
        WindowSpec unitYear = Window.partitionBy(Keys.cols(Keys.UNIT_YEAR));
        return DeepestItems.of(components)
                .withColumn("unit_points_lost", sum("points_lost").over(unitYear))
                .filter(col("points_lost").gt(1e-9))
                .withColumn("position", row_number().over(unitYear
                        .orderBy(round(col("points_lost"), 9).desc(), col("sort_key").asc())))
                .filter(col("position").leq(TOP))
                .withColumn("share_of_loss", col("points_lost").multiply(100).divide(col("unit_points_lost")));
    }
}
