package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The one layout the computation keeps from the staged scores to the marts: hashed by province. Every rule groups
 * by keys that start with the province (a ranking table, a unit-year, a table's item), so its windows, aggregations
 * and joins between tables so laid out run without moving the rows again (see {@link SparkSessions} for the two
 * settings this needs), and a mart partitioned by province is written as it is: each province's rows are already in
 * one Spark partition, so Spark drops the mart's own repartition by province as redundant ({@code ProvinceLayoutTest}
 * holds the plans to that).
 */
final class ByProvince {
    private static final String COLUMN = "province";

    private ByProvince() {
    }

    /** The rows hashed by province into the session's shuffle partitions: the one shuffle of the wide rows. */
    static Dataset<Row> layOut(Dataset<Row> rows) {
        return rows.repartition(col(COLUMN));
    }
}
