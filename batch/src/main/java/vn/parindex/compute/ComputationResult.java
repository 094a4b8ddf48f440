package vn.parindex.compute;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.quality.Issue;

/**
 * The marts of one run, in publication order (each is also a CSV extract); the units with their years and
 * successors (a Parquet mart only, for the dashboard's lineage); the staged scores; the warnings found.
 */
public record ComputationResult(List<Mart> marts, Mart domainYears, Dataset<Row> units, Dataset<Row> stagedScores,
                                List<Issue> warnings) {
}
