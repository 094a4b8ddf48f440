package vn.parindex.compute;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** One published table: its name (the folder under marts/ and the extract's file name) and its rows, in order. */
public record Mart(String name, Dataset<Row> rows) {
    public static final String UNIT_YEAR = "unit_year";
    public static final String COMPONENT_YEAR = "component_year";
    public static final String LOSS_DRIVERS = "loss_drivers";
    public static final String PROVINCE_SUMMARY = "province_summary";
    public static final String TARGET_STATUS = "target_status";
    public static final String GOAL_GAPS = "goal_gaps";
}
