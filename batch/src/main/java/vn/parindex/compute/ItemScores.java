package vn.parindex.compute;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Item scores of every unit-year: the given ones joined to their methodology items, plus each parent without a
 * score of its own derived from its children when all of them are present (a score or NA), deepest level first.
 * effective_max is the item's maximum without its NA children; an NA item has none. A derived parent's provenance
 * is the weakest of its children's. The methodology items are a reference table: broadcast, so the score rows keep
 * their layout by province.
 */
final class ItemScores {
    static final String[] ITEM_COLUMNS = {"province", "tier", "year", "index", "unit_id", "code", "parent_code", "level",
        "name", "kind", "max_points", "prev_code", "sort_key", "score", "na", "self_score", "effective_max", "derived",
        "file", "line", "provenance"};

    /**
     * Where a given score was read: only the parent-sum warnings found here need it, so the rows leave without it
     * (narrower rows for the millions the later stages sort, join and write).
     */
    private static final String[] WARNING_ONLY = {"file", "line"};

    private final Dataset<Row> items;
    private Dataset<Row> scores;
    private final java.util.List<Row> parentMismatches = new java.util.ArrayList<>();

    private ItemScores(Dataset<Row> items) {
        this.items = items;
    }

    /** Derives the parents; the result holds NA items too (na = true). */
    static ItemScores derive(Dataset<Row> stagedScores, Dataset<Row> items) {
        ItemScores result = new ItemScores(items);
        Dataset<Row> given = stagedScores
                .filter(not(col("code").isin("TOTAL", "RANK")))
                .join(broadcast(items), Keys.with(Keys.TABLE, "code"), "inner")
                .withColumn("effective_max", when(col("na"), lit(null).cast(DataTypes.DoubleType))
                        .otherwise(col("max_points")))
                .withColumn("derived", lit(false))
                .select(Keys.cols(ITEM_COLUMNS));
        result.scores = given;
        Row deepest = items.agg(max("level")).first();
        int maxLevel = deepest.isNullAt(0) ? 1 : deepest.getInt(0);
        for (int level = maxLevel; level >= 2; level--) {
            result.deriveParentsOf(level);
        }
        if (maxLevel < 2) {
            result.scores = given.drop(WARNING_ONLY);
        }
        return result;
    }

    private void deriveParentsOf(int childLevel) {
        Dataset<Row> childTotals = scores.filter(col("level").equalTo(childLevel))
                .groupBy(Keys.cols(Keys.with(Keys.UNIT_YEAR, "parent_code")))
                .agg(count(lit(1)).as("present"),
                        sum(when(not(col("na")), col("score"))).as("children_score"),
                        sum(when(not(col("na")), col("effective_max"))).as("children_max"),
                        min(col("na").cast(DataTypes.IntegerType)).as("all_na"),
                        max(Keys.provenanceRank(col("provenance"))).as("weakest"))
                .withColumnRenamed("parent_code", "code");
        Dataset<Row> expected = items.filter(col("level").equalTo(childLevel))
                .groupBy(Keys.cols(Keys.with(Keys.TABLE, "parent_code"))).agg(count(lit(1)).as("expected"))
                .withColumnRenamed("parent_code", "code");
        Dataset<Row> complete = childTotals.join(broadcast(expected), Keys.with(Keys.TABLE, "code"), "inner")
                .filter(col("present").equalTo(col("expected")));
        Dataset<Row> givenParents = scores.filter(col("level").equalTo(childLevel - 1));

        Dataset<Row> derived = complete.join(givenParents.select(Keys.cols(Keys.with(Keys.UNIT_YEAR, "code"))),
                        Keys.with(Keys.UNIT_YEAR, "code"), "left_anti")
                .join(broadcast(items), Keys.with(Keys.TABLE, "code"), "inner")
                .withColumn("na", col("all_na").equalTo(1))
                .withColumn("score", when(col("na"), lit(null)).otherwise(col("children_score")))
                .withColumn("effective_max", when(col("na"), lit(null)).otherwise(col("children_max")))
                .withColumn("self_score", lit(null).cast(DataTypes.DoubleType))
                .withColumn("derived", lit(true))
                .withColumn("file", lit(null).cast(DataTypes.StringType))
                .withColumn("line", lit(null).cast(DataTypes.IntegerType))
                .withColumn("provenance", Keys.provenanceLabel(col("weakest")))
                .select(Keys.cols(ITEM_COLUMNS));

        Dataset<Row> mismatches = givenParents.filter(not(col("na")))
                .join(complete.filter(col("all_na").equalTo(0)), Keys.with(Keys.UNIT_YEAR, "code"), "inner")
                .filter(abs(col("score").minus(col("children_score"))).gt(0.01 + 1e-9))
                .select(Keys.cols("province", "tier", "year", "index", "unit_id", "code", "name", "score",
                        "children_score", "file", "line"));
        parentMismatches.addAll(mismatches.collectAsList()); // one row per warning: bounded by the problems found
        Dataset<Row> all = scores.unionByName(derived);
        scores = OnDisk.checkpoint(childLevel == 2 ? all.drop(WARNING_ONLY) : all);
    }

    /** Every item score of every unit-year, NA items included: ITEM_COLUMNS but the file and line. */
    Dataset<Row> all() {
        return scores;
    }

    /**
     * Given parent scores that differ from the sum of their children by more than 0.01 (warnings): province, tier,
     * year, index, unit_id, code, name, score, children_score, file, line.
     */
    java.util.List<Row> parentMismatches() {
        return parentMismatches;
    }
}
