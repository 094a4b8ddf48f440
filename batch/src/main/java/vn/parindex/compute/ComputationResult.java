package vn.parindex.compute;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.quality.Issue;

/** The marts of one run, in publication order, the staged scores they came from, and the warnings found. */
public record ComputationResult(List<Mart> marts, Dataset<Row> stagedScores, List<Issue> warnings) {
}
