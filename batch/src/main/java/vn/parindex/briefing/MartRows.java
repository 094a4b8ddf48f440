package vn.parindex.briefing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.MartRecords;
import vn.parindex.briefings.MartRow;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.compute.Mart;
import vn.parindex.marts.Marts;

/**
 * The computed marts as briefing records, through the briefings' one mapping (MartRecords): a Spark row is read by
 * column name, a column the row lacks reads as blank.
 */
public final class MartRows {
    private MartRows() {
    }

    /**
     * Collects the marts the briefings read (small: the driver holds them already cached), goal_gaps and
     * task_status too when the run has them (else the briefings say they have no plan data), and the units' mergers
     * (null: none known), and converts them.
     */
    public static BriefingData briefingData(List<Mart> marts, Dataset<Row> units, SnapshotInfo snapshot) {
        Map<String, Mart> byName = marts.stream().collect(Collectors.toMap(Mart::name, mart -> mart));
        return new BriefingData(snapshot,
                convert(byName.get(Marts.UNIT_YEAR.name()), MartRecords::unitResult),
                convert(byName.get(Marts.COMPONENT_YEAR.name()), MartRecords::itemResult),
                convert(byName.get(Marts.LOSS_DRIVERS.name()), MartRecords::lossDriver),
                convert(byName.get(Marts.PROVINCE_SUMMARY.name()), MartRecords::provinceItem),
                convert(byName.get(Marts.TARGET_STATUS.name()), MartRecords::targetResult),
                // the mergers: units with a successor, reference data bounded by the units.csv rows, not by scores
                units == null ? List.of() : units.filter(units.col("successor_id").isNotNull()).collectAsList()
                        .stream().map(row -> MartRecords.merger(row(row))).toList(),
                byName.containsKey(Marts.GOAL_GAPS.name())
                        ? convert(byName.get(Marts.GOAL_GAPS.name()), MartRecords::goalGap) : null,
                // the output and partners (plan_tasks, written beside the marts) are not needed at night
                byName.containsKey(Marts.TASK_STATUS.name())
                        ? convert(byName.get(Marts.TASK_STATUS.name()), task -> MartRecords.planTask(task, null))
                        : null);
    }

    /** A Spark row read by column name; null for a column it lacks. */
    public static MartRow row(Row row) {
        List<String> names = row.schema() == null ? List.of() : Arrays.asList(row.schema().fieldNames());
        return column -> names.contains(column) ? row.getAs(column) : null;
    }

    /**
     * The whole mart on the driver: it grows with the input (issue 9 asks the nightly briefings to read the marts
     * one province at a time from disk instead); kept until then, fine for provincial inputs.
     */
    private static <T> List<T> convert(Mart mart, Function<MartRow, T> record) {
        return mart == null ? List.of() : mart.rows().collectAsList().stream().map(MartRows::row).map(record).toList();
    }
}
