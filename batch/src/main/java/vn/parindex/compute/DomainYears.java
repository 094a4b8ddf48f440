package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** domain_year: each typed unit-year's domains (level-1 items) with attainment, for comparisons across provinces. */
final class DomainYears {
    private DomainYears() {
    }

    /** Components of level 1 of units that have a unit_type, with that type. */
    static Dataset<Row> compute(Dataset<Row> components, Dataset<Row> units) {
        return components.filter(col("level").equalTo(1))
                .join(units.filter(col("unit_type").isNotNull()).select("unit_id", "unit_type"), "unit_id");
    }
}
