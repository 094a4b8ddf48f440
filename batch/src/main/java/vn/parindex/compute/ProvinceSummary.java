package vn.parindex.compute;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where a whole province loses its points: per item, the spread of attainment and the points lost across units. */
final class ProvinceSummary {

    private ProvinceSummary() {
    }

    static Dataset<Row> compute(Dataset<Row> components) {
        return components.groupBy(Keys.cols(Keys.with(Keys.TABLE, "code")))
                .agg(count(lit(1)).cast("int").as("units"), avg("attainment").as("mean_attainment"),
                        min("attainment").as("min_attainment"), max("attainment").as("max_attainment"),
                        sum("points_lost").as("total_points_lost"), first(col("sort_key")).as("sort_key"));
    }
}
