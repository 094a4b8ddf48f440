package vn.parindex.compute;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.quality.Issue;

/**
 * The marts of one run, in publication order (each is also a CSV extract); the units with their years and
 * successors (a Parquet mart only, for the dashboard's lineage); the Parquet-only domain_year and goal_items marts;
 * the staged scores; the warnings found.
 */
public record ComputationResult(List<Mart> marts, Mart domainYears, Mart goalItems, Dataset<Row> units,
                                Dataset<Row> stagedScores, List<Issue> warnings) {
}
