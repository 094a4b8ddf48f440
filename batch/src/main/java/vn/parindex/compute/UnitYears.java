package vn.parindex.compute;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * One row per unit, year and index: totals from the domains, the official value (published TOTAL first), the
 * competition rank within province + tier on 2-decimal values, and the change from the previous year.
 */
final class UnitYears {
    static final String[] COLUMNS = {"province", "tier", "year", "index", "unit_id", "unit_name", "unit_type",
        "score_total", "max_total", "index_value", "official_value", "points_lost", "rank", "rank_of", "prev_value",
        "delta", "prev_rank", "rank_change", "reported_total", "reported_rank", "reconciled"};

    private UnitYears() {
    }

    /** Unrounded unit-year rows with the extract's columns, plus total_file/total_line and rank_file/rank_line. */
    static Dataset<Row> compute(Dataset<Row> itemScores, Dataset<Row> stagedScores, Dataset<Row> items,
                                Dataset<Row> units) {
        Dataset<Row> ranked = ranked(withOfficialValue(totals(itemScores, items), published(stagedScores)));
        Dataset<Row> comparisons = Lineage.comparisons(ranked, units);
        Dataset<Row> previous = ranked.filter(col("official_value").isNotNull())
                .select(col("unit_id").as("comparable_id"), col("year").plus(1).as("year"), col("index"),
                        col("official_value").as("comparable_value"), col("rank").as("comparable_rank"));
        Dataset<Row> previousValues = comparisons.join(previous, new String[]{"comparable_id", "year", "index"}, "inner")
                .groupBy("unit_id", "year", "index")
                .agg(avg("comparable_value").as("prev_value"), count(lit(1)).as("comparables"),
                        first("comparable_rank").as("single_rank"));
        return ranked.join(previousValues, new String[]{"unit_id", "year", "index"}, "left")
                .join(units.select("unit_id", "unit_name", "unit_type"), new String[]{"unit_id"}, "left")
                .withColumn("delta", col("official_value").minus(col("prev_value")))
                .withColumn("prev_rank", when(col("comparables").equalTo(1), col("single_rank")))
                .withColumn("rank_change", col("prev_rank").minus(col("rank")));
    }

    private static Dataset<Row> totals(Dataset<Row> itemScores, Dataset<Row> items) {
        Dataset<Row> expectedDomains = items.filter(col("level").equalTo(1))
                .groupBy(Keys.cols(Keys.TABLE)).agg(count(lit(1)).as("domains"));
        Column complete = col("present").equalTo(col("domains"));
        return itemScores.filter(col("level").equalTo(1))
                .groupBy(Keys.cols(Keys.UNIT_YEAR))
                .agg(count(lit(1)).as("present"),
                        sum(when(not(col("na")), col("score"))).as("score_sum"),
                        sum(when(not(col("na")), col("effective_max"))).as("max_sum"))
                .join(expectedDomains, Keys.TABLE, "inner")
                .withColumn("score_total", when(complete, coalesce(col("score_sum"), lit(0.0))))
                .withColumn("max_total", when(complete, coalesce(col("max_sum"), lit(0.0))))
                .withColumn("index_value", when(complete.and(col("max_total").gt(0)),
                        col("score_total").multiply(100).divide(col("max_total"))))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "score_total", "max_total", "index_value")));
    }

    /** The published TOTAL and RANK of each unit-year, with the line they came from (for warnings). */
    private static Dataset<Row> published(Dataset<Row> stagedScores) {
        Dataset<Row> given = stagedScores.filter(not(col("na")));
        Dataset<Row> totals = given.filter(col("code").equalTo("TOTAL"))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "score", "file", "line")))
                .withColumnRenamed("score", "reported_total").withColumnRenamed("file", "total_file")
                .withColumnRenamed("line", "total_line");
        Dataset<Row> ranks = given.filter(col("code").equalTo("RANK"))
                .select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "score", "file", "line")))
                .withColumn("reported_rank", col("score").cast("int")).drop("score")
                .withColumnRenamed("file", "rank_file").withColumnRenamed("line", "rank_line");
        Dataset<Row> keys = stagedScores.select(Keys.cols(Keys.UNIT_YEAR)).distinct();
        return keys.join(totals, Keys.UNIT_YEAR, "left").join(ranks, Keys.UNIT_YEAR, "left");
    }

    private static Dataset<Row> withOfficialValue(Dataset<Row> totals, Dataset<Row> published) {
        return published.join(totals, Keys.UNIT_YEAR, "left")
                .withColumn("official_value", coalesce(col("reported_total"), col("index_value")))
                .withColumn("points_lost", lit(100.0).minus(col("official_value")))
                .withColumn("reconciled", when(col("reported_total").isNotNull().and(col("index_value").isNotNull()),
                        abs(col("reported_total").minus(col("index_value"))).leq(0.01 + 1e-9)));
    }

    private static Dataset<Row> ranked(Dataset<Row> unitYears) {
        WindowSpec byValue = Window.partitionBy(Keys.cols(Keys.TABLE))
                .orderBy(Keys.round2("official_value").desc_nulls_last());
        WindowSpec table = Window.partitionBy(Keys.cols(Keys.TABLE));
        Column ranked = col("official_value").isNotNull();
        return unitYears
                .withColumn("rank", when(ranked, rank().over(byValue)))
                .withColumn("rank_of", when(ranked, count(col("official_value")).over(table).cast("int")));
    }
}
