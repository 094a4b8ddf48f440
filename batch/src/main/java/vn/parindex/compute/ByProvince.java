package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.physical.HashPartitioning;
import org.apache.spark.sql.catalyst.plans.physical.Partitioning;

/**
 * The one layout the computation keeps from the staged scores to the marts: hashed by province. Every rule groups
 * by keys that start with the province (a ranking table, a unit-year, a table's item), so its windows, aggregations
 * and joins between tables so laid out run without moving the rows again (see {@link SparkSessions} for the two
 * settings this needs), and a mart partitioned by province is written as it is: each province's rows are already in
 * one Spark partition.
 */
final class ByProvince {
    static final String COLUMN = "province";

    private ByProvince() {
    }

    /** The rows hashed by province into the session's shuffle partitions: the one shuffle of the wide rows. */
    static Dataset<Row> layOut(Dataset<Row> rows) {
        return rows.repartition(col(COLUMN));
    }

    /** Whether the rows are laid out by province alone, as {@link #layOut} leaves them (and the plan keeps it). */
    static boolean holds(Dataset<Row> rows) {
        Partitioning partitioning = rows.queryExecution().executedPlan().outputPartitioning();
        if (!(partitioning instanceof HashPartitioning hashed) || hashed.expressions().size() != 1) {
            return false;
        }
        Expression only = hashed.expressions().head();
        return only instanceof AttributeReference attribute && attribute.name().equals(COLUMN);
    }
}
