package vn.parindex.compute;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import vn.parindex.marts.RankBasis;

/**
 * One row per unit, year and index: totals from the domains, the official value (published TOTAL first), the
 * rank within province + tier (competition rank on 2-decimal values, or the published rank of a partial table), the
 * change from the previous year, the gap to the table's best and the provenance of the value.
 */
final class UnitYears {

    private UnitYears() {
    }

    /**
     * Unrounded unit-year rows with the extract's columns, plus total_file/total_line, rank_file/rank_line and
     * partial_table (whether the ranks are the published ones of a table the input holds part of).
     */
    static Dataset<Row> compute(Dataset<Row> itemScores, Dataset<Row> stagedScores, Dataset<Row> items,
                                Dataset<Row> units, Dataset<Row> tables) {
        Dataset<Row> valued = withOfficialValue(totals(itemScores, items), published(stagedScores), treeMaxima(items));
        // used three times below (lineage, previous year, the result): materialised once, not aggregated three times
        Dataset<Row> ranked = ranked(withMembers(valued, tables)).localCheckpoint();
        Dataset<Row> comparisons = Lineage.comparisons(ranked, units);
        Dataset<Row> previous = ranked.filter(col("official_value").isNotNull().or(col("rank").isNotNull()))
                .select(col("unit_id").as("comparable_id"), col("year").plus(1).as("year"), col("index"),
                        col("official_value").as("comparable_value"), col("rank").as("comparable_rank"),
                        col("rank_of").as("comparable_rank_of"));
        Dataset<Row> previousValues = comparisons.join(previous, new String[]{"comparable_id", "year", "index"}, "inner")
                .groupBy("unit_id", "year", "index")
                .agg(avg("comparable_value").as("prev_value"), count(lit(1)).as("comparables"),
                        first("comparable_rank").as("single_rank"), first("comparable_rank_of").as("single_rank_of"));
        Column single = col("comparables").equalTo(1);
        return ranked.join(previousValues, new String[]{"unit_id", "year", "index"}, "left")
                .join(units.select("unit_id", "unit_name", "unit_type"), new String[]{"unit_id"}, "left")
                .withColumn("delta", col("official_value").minus(col("prev_value")))
                .withColumn("prev_rank", when(single, col("single_rank")))
                .withColumn("prev_rank_of", when(single, col("single_rank_of")))
                // a place gained in a table that shrank (19 → 14 after mergers) is no gain
                .withColumn("rank_change", when(col("rank_of").equalTo(col("prev_rank_of")),
                        col("prev_rank").minus(col("rank"))));
    }

    /** Sum of score and maxima over the level-1 items, complete unit-years only; PAPI keeps its points scale. */
    private static Dataset<Row> totals(Dataset<Row> itemScores, Dataset<Row> items) {
        Dataset<Row> expectedDomains = items.filter(col("level").equalTo(1))
                .groupBy(Keys.cols(Keys.TABLE)).agg(count(lit(1)).as("domains"));
        Column complete = col("present").equalTo(col("domains"));
        Column papi = Keys.onPointsScale();
        return itemScores.filter(col("level").equalTo(1))
                .groupBy(Keys.cols(Keys.UNIT_YEAR))
                .agg(count(lit(1)).as("present"),
                        sum(when(not(col("na")), col("score"))).as("score_sum"),
                        sum(when(not(col("na")), col("effective_max"))).as("max_sum"),
                        max(Keys.provenanceRank(col("provenance"))).as("items_weakest"))
                .join(expectedDomains, Keys.TABLE, "inner")
                .withColumn("score_total", when(complete, coalesce(col("score_sum"), lit(0.0))))
                .withColumn("max_total", when(complete, coalesce(col("max_sum"), lit(0.0))))
                .withColumn("index_value", when(complete.and(col("max_total").gt(0)),
                        when(papi, col("score_total")).otherwise(col("score_total").multiply(100).divide(col("max_total")))))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "score_total", "max_total", "index_value",
                        "items_weakest")));
    }

    /** The maximum of each item tree: the sum of its level-1 maxima (PAPI's points scale). */
    private static Dataset<Row> treeMaxima(Dataset<Row> items) {
        return items.filter(col("level").equalTo(1)).groupBy(Keys.cols(Keys.TABLE))
                .agg(sum("max_points").as("tree_max"));
    }

    /**
     * The published TOTAL and RANK of each unit-year with the line they came from (for warnings), their provenance
     * and source, and the weakest provenance over all the unit-year's rows (for a unit-year given only a RANK).
     */
    private static Dataset<Row> published(Dataset<Row> stagedScores) {
        Dataset<Row> given = stagedScores.filter(not(col("na")));
        Dataset<Row> totals = given.filter(col("code").equalTo("TOTAL"))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "score", "file", "line", "provenance", "source")))
                .withColumnRenamed("score", "reported_total").withColumnRenamed("file", "total_file")
                .withColumnRenamed("line", "total_line").withColumnRenamed("provenance", "total_provenance")
                .withColumnRenamed("source", "total_source");
        // RANK is validated as a whole number within the table's size, so the cast cannot overflow
        Dataset<Row> ranks = given.filter(col("code").equalTo("RANK"))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "score", "file", "line")))
                .withColumn("reported_rank", col("score").cast("int")).drop("score")
                .withColumnRenamed("file", "rank_file").withColumnRenamed("line", "rank_line");
        Dataset<Row> keys = stagedScores.groupBy(Keys.cols(Keys.UNIT_YEAR))
                .agg(max(Keys.provenanceRank(col("provenance"))).as("rows_weakest"));
        return keys.join(totals, Keys.UNIT_YEAR, "left").join(ranks, Keys.UNIT_YEAR, "left");
    }

    private static Dataset<Row> withOfficialValue(Dataset<Row> totals, Dataset<Row> published, Dataset<Row> treeMax) {
        Column fromTotal = col("reported_total").isNotNull();
        Column scale = when(Keys.onPointsScale(), coalesce(col("max_total"), col("tree_max"))).otherwise(lit(100.0));
        return published.join(totals, Keys.UNIT_YEAR, "left")
                .join(treeMax, Keys.TABLE, "left")
                .withColumn("official_value", coalesce(col("reported_total"), col("index_value")))
                .withColumn("points_lost", scale.minus(col("official_value")))
                .withColumn("reconciled", when(fromTotal.and(col("index_value").isNotNull()),
                        abs(col("reported_total").minus(col("index_value"))).leq(0.01 + 1e-9)))
                // the TOTAL row's when the value is a published TOTAL, else the weakest row it was computed from
                .withColumn("provenance", when(fromTotal, col("total_provenance"))
                        .otherwise(Keys.provenanceLabel(when(col("index_value").isNotNull(), col("items_weakest"))
                                .otherwise(col("rows_weakest")))))
                .withColumn("source", when(fromTotal, col("total_source")));
    }

    /** The members of the table from tables.csv, when it sizes the table that year (null otherwise). */
    private static Dataset<Row> withMembers(Dataset<Row> unitYears, Dataset<Row> tables) {
        Dataset<Row> sized = tables.withColumnRenamed("province", "t_province").withColumnRenamed("tier", "t_tier")
                .withColumnRenamed("index", "t_index");
        Column covers = col("province").equalTo(col("t_province")).and(col("tier").equalTo(col("t_tier")))
                .and(col("index").equalTo(col("t_index"))).and(col("year").geq(col("year_from")))
                .and(col("year_to").isNull().or(col("year").leq(col("year_to"))));
        return unitYears.join(sized, covers, "left").drop("t_province", "t_tier", "t_index", "year_from", "year_to");
    }

    /**
     * Competition ranks on 2-decimal values; when tables.csv says the table has more members than the units with a
     * value in it, the computed rank would be a rank among the units the input happens to hold: the published RANK
     * is used instead, out of the table's members. gap_to_best, the table's highest 2-decimal value less the unit's
     * (0 for the leaders), goes with a computed rank only: a partial table's leader may not be in the input.
     */
    private static Dataset<Row> ranked(Dataset<Row> unitYears) {
        WindowSpec byValue = Window.partitionBy(Keys.cols(Keys.TABLE))
                .orderBy(Keys.round2("official_value").desc_nulls_last());
        WindowSpec table = Window.partitionBy(Keys.cols(Keys.TABLE));
        Column valued = col("official_value").isNotNull();
        Column partial = col("members").isNotNull().and(col("members").gt(col("valued_units")));
        Column value2 = Keys.round2("official_value");
        return unitYears
                .withColumn("valued_units", count(col("official_value")).over(table).cast("int"))
                .withColumn("partial_table", partial)
                .withColumn("rank", when(partial, col("reported_rank")).when(valued, rank().over(byValue)))
                .withColumn("rank_of", when(partial, col("members")).when(valued, col("valued_units")))
                .withColumn("rank_basis", when(col("rank").isNotNull(),
                        when(partial, lit(RankBasis.PUBLISHED.code())).otherwise(lit(RankBasis.COMPUTED.code()))))
                .withColumn("gap_to_best", when(not(partial).and(valued), max(value2).over(table).minus(value2)));
    }
}
