package vn.parindex.compute;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * One row per scored item (NA items left out): points lost, attainment, the previous year's score through
 * prev_code and the unit's lineage (means over predecessors), and the unit's rank on the item.
 */
final class Components {

    private Components() {
    }

    /**
     * Unrounded rows with the extract's columns plus sort_key. Component ranks are left blank in the
     * partial tables of unitYears (partial_table): the input holds too few of their units to rank on an item. Laid out
     * by province, each partition sorted by unit-year and item.
     */
    static Dataset<Row> compute(Dataset<Row> itemScores, Dataset<Row> comparisons, Dataset<Row> unitYears) {
        Dataset<Row> partialTables = unitYears.filter(col("partial_table")).select(Keys.cols(Keys.TABLE)).distinct()
                .withColumn("partial_table", lit(true));
        Dataset<Row> scored = itemScores.filter(not(col("na")))
                .withColumn("points_lost", col("effective_max").minus(col("score")))
                .withColumn("attainment", col("score").multiply(100).divide(col("effective_max")));
        Dataset<Row> previousItems = scored.select(col("unit_id").as("comparable_id"),
                col("year").plus(1).as("year"), col("index"), col("code").as("prev_code"),
                col("score").as("comparable_score"), col("effective_max").as("comparable_max"));
        // a unit_id belongs to one province and tier: keyed by them too, the narrow previous scores are laid out by
        // province and joined to the wide rows where those rows already are
        String[] unitItem = Keys.with(Keys.UNIT_YEAR, "code");
        Dataset<Row> previous = ByProvince.layOut(scored.select(Keys.cols(Keys.with(unitItem, "prev_code")))
                .join(broadcast(comparisons), new String[]{"unit_id", "year", "index"}, "inner")
                .join(previousItems.hint("shuffle_hash"), new String[]{"comparable_id", "year", "index", "prev_code"},
                        "inner")
                .groupBy(Keys.cols(unitItem))
                .agg(avg("comparable_score").as("prev_score"), avg("comparable_max").as("prev_max")));
        WindowSpec byAttainment = Window.partitionBy(Keys.cols(Keys.with(Keys.TABLE, "code")))
                .orderBy(Keys.round2("attainment").desc());
        WindowSpec item = Window.partitionBy(Keys.cols(Keys.with(Keys.TABLE, "code")));
        Column ranked = col("partial_table").isNull();
        // hashed, not sorted (here and above): a sort-merge join would sort millions of rows only to look them up
        return scored.join(previous.hint("shuffle_hash"), unitItem, "left")
                .join(broadcast(partialTables), Keys.TABLE, "left")
                .withColumn("max_points", col("effective_max"))
                .withColumn("delta_points", col("score").minus(col("prev_score")))
                .withColumn("delta_attainment", col("attainment")
                        .minus(col("prev_score").multiply(100).divide(col("prev_max"))))
                .withColumn("max_changed", when(col("prev_max").isNotNull(),
                        abs(col("max_points").minus(col("prev_max"))).gt(1e-9)))
                .withColumn("rank", when(ranked, rank().over(byAttainment)))
                .withColumn("rank_of", when(ranked, count(lit(1)).over(item).cast("int")))
                // what only this stage needs leaves here: the rows are kept on disk and read back by six marts
                .drop("na", "effective_max", "derived", "prev_code", "partial_table")
                // sorted once, in component_year's order: its write and the unit-year windows of the loss drivers and
                // goal gaps then find the rows in order instead of sorting millions of rows again each
                .sortWithinPartitions(Keys.cols(Keys.with(Keys.UNIT_YEAR, "sort_key")));
    }
}
