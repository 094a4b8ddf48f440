package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Where each unit-year lost its points: among its deepest scored items (no child has a score), the five that lost
 * the most, ties in code order, with their share of all the points those items lost.
 */
final class LossDrivers {
    private static final int TOP = 5;

    private LossDrivers() {
    }

    static Dataset<Row> compute(Dataset<Row> components) {
        Dataset<Row> scoredParents = components.filter(col("parent_code").isNotNull())
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "parent_code"))).distinct()
                .withColumnRenamed("parent_code", "code");
        Dataset<Row> deepest = components.join(scoredParents, Keys.with(Keys.UNIT_YEAR, "code"), "left_anti");
        return deepest
                .withColumn("unit_points_lost", sum("points_lost").over(Window.partitionBy(Keys.cols(Keys.UNIT_YEAR))))
                .filter(col("points_lost").gt(1e-9))
                .withColumn("position", row_number().over(Window.partitionBy(Keys.cols(Keys.UNIT_YEAR))
                        .orderBy(round(col("points_lost"), 9).desc(), col("sort_key").asc())))
                .filter(col("position").leq(TOP))
                .withColumn("share_of_loss", col("points_lost").multiply(100).divide(col("unit_points_lost")));
    }
}
