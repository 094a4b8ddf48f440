package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Which units a unit-year is compared with in the previous year: itself when it existed then, otherwise its
 * predecessors (units naming it as successor whose last year was the previous one), as after a merger.
 */
final class Lineage {
    private Lineage() {
    }

    /** unit_id, year, index, comparable_id for every unit-year key given. */
    static Dataset<Row> comparisons(Dataset<Row> unitYearKeys, Dataset<Row> units) {
        Dataset<Row> withValidity = unitYearKeys.select("unit_id", "year", "index").distinct()
                .join(units.select("unit_id", "valid_from"), new String[]{"unit_id"}, "inner");
        org.apache.spark.sql.Column existedBefore = col("valid_from").isNull()
                .or(col("valid_from").leq(col("year").minus(1)));
        Dataset<Row> itself = withValidity.filter(existedBefore)
                .select(col("unit_id"), col("year"), col("index"), col("unit_id").as("comparable_id"));
        Dataset<Row> predecessors = units.filter(col("successor_id").isNotNull())
                .select(col("unit_id").as("comparable_id"), col("successor_id").as("unit_id"),
                        col("valid_to").as("predecessor_last_year"));
        Dataset<Row> merged = withValidity.filter(not(existedBefore))
                .join(predecessors, new String[]{"unit_id"}, "inner")
                .filter(col("predecessor_last_year").equalTo(col("year").minus(1)))
                .select("unit_id", "year", "index", "comparable_id");
        return itself.unionByName(merged);
    }
}
