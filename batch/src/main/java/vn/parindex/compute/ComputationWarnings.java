package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.quality.Issue;
import vn.parindex.text.Numbers;

/** Turns what the computation noticed (sums, totals and ranks that do not agree) into warnings naming the line. */
final class ComputationWarnings {
    private ComputationWarnings() {
    }

    static List<Issue> collect(List<Row> parentMismatches, Dataset<Row> unitYears) {
        List<Issue> warnings = new ArrayList<>();
        for (Row row : parentMismatches) {
            warnings.add(Issue.warning(row.getAs("file"), row.<Integer>getAs("line"), "score", "parent_sum_mismatch",
                    row.getAs("unit_id") + " " + row.getAs("year") + " " + row.getAs("index") + ": item "
                            + row.getAs("code") + " (" + row.getAs("name") + ") is given as "
                            + Numbers.format2(row.<Double>getAs("score")) + " but its children add up to "
                            + Numbers.format2(row.<Double>getAs("children_score"))));
        }
        // collected: one row per problem, each becoming a quality_issues line anyway (not a copy of the data)
        for (Row row : unitYears.filter(col("reconciled").equalTo(false)).collectAsList()) {
            warnings.add(Issue.warning(row.getAs("total_file"), row.<Integer>getAs("total_line"), "score",
                    "total_not_reconciled", row.getAs("unit_id") + " " + row.getAs("year") + " " + row.getAs("index")
                            + ": published TOTAL " + Numbers.format2(row.<Double>getAs("reported_total"))
                            + " differs from the index computed from its items, "
                            + Numbers.format2(row.<Double>getAs("index_value")) + " ("
                            + Numbers.format2(row.<Double>getAs("score_total")) + " of "
                            + Numbers.format2(row.<Double>getAs("max_total"))
                            + " points); the published value is kept as official"));
        }
        Dataset<Row> rankGiven = unitYears.filter(col("reported_rank").isNotNull());
        for (Row row : rankGiven.filter(col("rank").isNull().or(col("rank").notEqual(col("reported_rank"))))
                .collectAsList()) {
            String computed = row.isNullAt(row.fieldIndex("rank")) ? "the unit has no value to rank"
                    : "the computed rank is " + row.getAs("rank") + " of " + row.getAs("rank_of");
            warnings.add(Issue.warning(row.getAs("rank_file"), row.<Integer>getAs("rank_line"), "score",
                    "rank_differs", row.getAs("unit_id") + " " + row.getAs("year") + " " + row.getAs("index")
                            + ": published RANK " + row.getAs("reported_rank") + " but " + computed));
        }
        return warnings;
    }
}
