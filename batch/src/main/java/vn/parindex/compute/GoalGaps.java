package vn.parindex.compute;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import vn.parindex.marts.RankBasis;
import vn.parindex.marts.TargetKind;

/**
 * What it takes (contract section 2, goal gaps): for each unit-year with a computed rank, the index points needed to
 * reach the next unit up and each TOTAL target of the following year, the item points that makes, and whether the
 * points the unit can regain in items it is assessed on (not survey-scored) could supply them — on the goal year's
 * tree when the input has it.
 */
final class GoalGaps {

    private GoalGaps() {
    }

    /**
     * Unrounded rows with the extract's columns plus goal_order (0 for next_rank, then targets in file order), the
     * recoverable points summed from {@link #items}.
     */
    static Dataset<Row> compute(Dataset<Row> unitYears, Dataset<Row> goalItems, Dataset<Row> targets) {
        Dataset<Row> ranked = unitYears.filter(col("rank_basis").equalTo(RankBasis.COMPUTED.code()))
                .withColumn("value2", Keys.round2("official_value"))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "official_value", "value2", "rank", "max_total",
                        "points_lost")));
        Dataset<Row> positions = ranked.withColumn("position", row_number().over(
                        Window.partitionBy(Keys.cols(Keys.TABLE)).orderBy(col("value2").desc())))
                .select(Keys.cols(Keys.with(Keys.TABLE, "position", "value2")))
                .withColumnRenamed("value2", "position_value");
        Dataset<Row> goals = nextRank(ranked).unionByName(targetGoals(ranked, targets, positions));
        Column papi = Keys.onPointsScale();
        Column needed = greatest(lit(0.0), col("goal_value").minus(col("value2")));
        // a rank_at_most N in a table of fewer than N units is met already: no value to reach
        Column neededIndex = when(col("goal_value").isNull(), lit(0.0)).otherwise(needed);
        return goals.join(recoverable(goalItems), Keys.UNIT_YEAR, "left")
                .withColumn("needed_index_points", neededIndex)
                .withColumn("needed_item_points", when(papi, col("needed_index_points"))
                        .otherwise(col("needed_index_points").multiply(col("max_total")).divide(100)))
                .withColumn("reachable", when(col("recoverable_item_points").isNotNull()
                                .and(col("needed_item_points").isNotNull()),
                        col("recoverable_item_points").geq(col("needed_item_points").minus(1e-9))))
                .withColumn("official_value", col("value2"));
    }

    /**
     * The lowest 2-decimal value above the unit's own in its table, and that value's rank: the highest rank number
     * above the unit's value, as every unit with one value shares its competition rank. One window over the table
     * ordered by the value in cents, framed from one cent above to the top, rather than pairing each unit with every
     * other of its table (a commune table of 160 units made 25,600 pairs).
     */
    private static Dataset<Row> nextRank(Dataset<Row> ranked) {
        WindowSpec above = Window.partitionBy(Keys.cols(Keys.TABLE)).orderBy(col("cents"))
                .rangeBetween(1, Window.unboundedFollowing());
        return ranked.withColumn("cents", round(col("value2").multiply(100)).cast(DataTypes.LongType))
                .withColumn("goal_value", min("value2").over(above))
                .withColumn("goal_rank", max("rank").over(above))
                .filter(col("rank").gt(1).and(col("goal_value").isNotNull()))
                .withColumn("goal", lit(TargetKind.NEXT_RANK))
                .withColumn("goal_year", lit(null).cast(DataTypes.IntegerType))
                .withColumn("goal_order", lit(0))
                .select(Keys.cols(goalColumns()));
    }

    /** Each TOTAL target of year + 1, as a value to reach in this year's table (contract section 2). */
    private static Dataset<Row> targetGoals(Dataset<Row> ranked, Dataset<Row> targets, Dataset<Row> positions) {
        Dataset<Row> nextYear = targets.filter(col("code").equalTo("TOTAL"))
                .select(col("unit_id"), col("index"), col("year").minus(1).as("year"), col("year").as("goal_year"),
                        col("kind").as("goal"), col("value").as("target_value"), col("position").plus(1).as("goal_order"));
        Column kind = col("goal");
        Column wantedPosition = when(kind.equalTo(TargetKind.RANK_AT_MOST.code()), col("target_value").cast(DataTypes.IntegerType))
                .when(kind.equalTo(TargetKind.RANK_IMPROVE.code()),
                        greatest(lit(1), col("rank").minus(col("target_value").cast(DataTypes.IntegerType))));
        Column scale = when(Keys.onPointsScale(), col("official_value").plus(col("points_lost")))
                .otherwise(lit(100.0));
        return ranked.join(nextYear, new String[]{"unit_id", "index", "year"}, "inner")
                .withColumn("position", wantedPosition)
                .join(positions, Keys.with(Keys.TABLE, "position"), "left")
                .withColumn("goal_rank", col("position"))
                .withColumn("goal_value", when(kind.equalTo(TargetKind.SCORE_AT_LEAST.code()), col("target_value"))
                        .when(kind.equalTo(TargetKind.INCREASE_POINTS.code()), col("official_value").plus(col("target_value")))
                        .when(kind.equalTo(TargetKind.MAX.code()), scale)
                        .otherwise(col("position_value")))
                .select(Keys.cols(goalColumns()));
    }

    private static String[] goalColumns() {
        return Keys.with(Keys.UNIT_YEAR, "official_value", "value2", "max_total", "goal", "goal_year", "goal_rank",
                "goal_value", "goal_order");
    }

    /**
     * goal_items: each unit-year's deepest scored items (a score none of whose children has one) with the goal year's
     * maximum and what each can regain. The goal is for year + 1, so when the input has that year's tree for the same
     * province, tier and index, an item can regain max(0, next year's maximum - this year's score), its next_max 0
     * when it is gone from that tree (a maximum cut from 13 to 9 leaves nothing on a score of 9, one raised from 7 to
     * 11 leaves 4 on a score of 7); without that tree, next_max is blank and it can regain the points it lost. The
     * trees are reference tables, joined broadcast: the component rows stay where DeepestItems' window left them (laid
     * out by province), so the mart is written without moving them again.
     */
    static Dataset<Row> items(Dataset<Row> components, Dataset<Row> items) {
        Dataset<Row> nextTrees = items.select(col("province"), col("tier"), col("year").minus(1).as("year"),
                col("index")).distinct().withColumn("next_tree", lit(true));
        Column nextMax = when(col("next_tree").isNull(), lit(null).cast(DataTypes.DoubleType))
                .otherwise(coalesce(col("next_max"), lit(0.0)));
        return DeepestItems.of(components)
                .join(broadcast(nextTrees), Keys.TABLE, "left")
                .join(broadcast(nextYearMaxima(items)), Keys.with(Keys.TABLE, "code"), "left")
                .withColumn("next_max", nextMax)
                .withColumn("recoverable", when(col("next_tree").isNull(), col("points_lost"))
                        .otherwise(greatest(lit(0.0), col("next_max").minus(col("score")))));
    }

    /**
     * What the unit can regain over its goal items of kind assessed (survey-scored items are not in its hands): 0 when
     * none is assessed, absent when the unit-year has no item scores. Summed where the items lie, by unit-year.
     */
    private static Dataset<Row> recoverable(Dataset<Row> goalItems) {
        return goalItems.groupBy(Keys.cols(Keys.UNIT_YEAR))
                .agg(coalesce(sum(when(col("kind").equalTo("assessed"), col("recoverable"))), lit(0.0))
                        .as("recoverable_item_points"));
    }

    /**
     * Each item's maximum in the tree of year + 1, keyed by this year's code: a next-year item is this year's item
     * its prev_code names (InputFrames gives a blank prev_code as the item's own code), so a renumbering (1.1 <-> 1.2)
     * is followed, not matched by code. Were several next-year items to name one code, the shallowest of them count
     * (a parent's maximum holds its children's), summed when they are siblings (an item split in two).
     */
    private static Dataset<Row> nextYearMaxima(Dataset<Row> items) {
        String[] previousItem = Keys.with(Keys.TABLE, "code");
        return items.select(col("province"), col("tier"), col("year").minus(1).as("year"), col("index"),
                        col("prev_code").as("code"), col("level"), col("max_points"))
                .withColumn("shallowest", min("level").over(Window.partitionBy(Keys.cols(previousItem))))
                .filter(col("level").equalTo(col("shallowest")))
                .groupBy(Keys.cols(previousItem))
                .agg(sum("max_points").as("next_max"));
    }
}
