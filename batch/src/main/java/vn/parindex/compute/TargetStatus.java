package vn.parindex.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import vn.parindex.marts.TargetKind;

/**
 * Whether each plan target was met: actual against target, the gap, and met / missed / pending (no result yet,
 * or no previous-year value for an increase or a rank improvement). A TOTAL max is the tree's scale (100; PAPI its
 * points).
 */
final class TargetStatus {

    private TargetStatus() {
    }

    static Dataset<Row> compute(Dataset<Row> targets, Dataset<Row> unitYears, Dataset<Row> components) {
        Dataset<Row> totals = unitYears.select(col("unit_id"), col("year"), col("index"), lit("TOTAL").as("code"),
                col("official_value").as("item_score"), when(Keys.onPointsScale(), col("official_value").plus(col("points_lost")))
                        .otherwise(lit(100.0)).as("item_max"),
                col("prev_value").as("item_prev"), col("rank").as("unit_rank"), col("prev_rank").as("unit_prev_rank"));
        Dataset<Row> itemResults = components.select(col("unit_id"), col("year"), col("index"), col("code"),
                col("score").as("item_score"), col("max_points").as("item_max"), col("prev_score").as("item_prev"),
                col("rank").as("unit_rank"), lit(null).cast(DataTypes.IntegerType).as("unit_prev_rank"));
        Column kind = col("kind");
        Column rankKind = kind.isin(TargetKind.RANK_AT_MOST.code(), TargetKind.RANK_IMPROVE.code());
        Column actual = when(rankKind, col("unit_rank").cast(DataTypes.DoubleType)).otherwise(col("item_score"));
        Column target = when(kind.equalTo(TargetKind.MAX.code()), col("item_max"))
                .when(kind.equalTo(TargetKind.INCREASE_POINTS.code()), col("item_prev").plus(col("value")))
                .when(kind.equalTo(TargetKind.RANK_IMPROVE.code()), col("unit_prev_rank").minus(col("value")))
                .otherwise(col("value"));
        Column gap = when(rankKind, col("raw_target").minus(col("raw_actual")))
                .otherwise(col("raw_actual").minus(col("raw_target")));
        Column pending = col("raw_actual").isNull().or(col("raw_target").isNull());
        String[] key = {"unit_id", "year", "index", "code"};
        // the targets are a reference file's rows: keep only the results they name before the outer join, so the
        // millions of item results are filtered against a broadcast list instead of shuffled
        Dataset<Row> targeted = totals.unionByName(itemResults)
                .join(broadcast(targets.select(Keys.cols(key)).distinct()), key, "left_semi");
        return targets
                .join(targeted, key, "left")
                .withColumn("raw_actual", actual)
                .withColumn("raw_target", target)
                .withColumn("raw_gap", gap)
                .withColumn("status", when(pending, lit("pending"))
                        .when(col("raw_gap").geq(-1e-9), lit("met")).otherwise(lit("missed")))
                .withColumn("target", when(not(pending), col("raw_target")))
                .withColumn("actual", when(not(pending), col("raw_actual")))
                .withColumn("gap", when(not(pending), col("raw_gap")));
    }
}
