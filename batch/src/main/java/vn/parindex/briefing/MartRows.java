package vn.parindex.briefing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.GoalGap;
import vn.parindex.briefings.PlanTask;
import vn.parindex.briefings.ItemResult;
import vn.parindex.briefings.LossDriver;
import vn.parindex.briefings.Merger;
import vn.parindex.briefings.ProvinceItem;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.briefings.TargetResult;
import vn.parindex.briefings.UnitResult;
import vn.parindex.compute.Mart;
import vn.parindex.marts.Marts;

/**
 * The computed marts as briefing records. Rows are read by column name, and numbers through {@link Number}, so an
 * int column that becomes a long (or a double) does not break the briefings; columns added to the contract later
 * (rank_basis, prev_rank_of, provenance, source) are read when present and blank otherwise.
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
                convert(byName.get(Marts.UNIT_YEAR.name()), MartRows::unitResult),
                convert(byName.get(Marts.COMPONENT_YEAR.name()), MartRows::itemResult),
                convert(byName.get(Marts.LOSS_DRIVERS.name()), MartRows::lossDriver),
                convert(byName.get(Marts.PROVINCE_SUMMARY.name()), MartRows::provinceItem),
                convert(byName.get(Marts.TARGET_STATUS.name()), MartRows::targetResult),
                units == null ? List.of() : units.filter(units.col("successor_id").isNotNull()).collectAsList()
                        .stream().map(MartRows::merger).toList(),
                byName.containsKey(Marts.GOAL_GAPS.name())
                        ? convert(byName.get(Marts.GOAL_GAPS.name()), MartRows::goalGap) : null,
                byName.containsKey(Marts.TASK_STATUS.name())
                        ? convert(byName.get(Marts.TASK_STATUS.name()), MartRows::planTask) : null);
    }

    static GoalGap goalGap(Row row) {
        return new GoalGap(text(row, "unit_id"), text(row, "index"), integer(row, "year"), text(row, "goal"),
                integer(row, "goal_year"), integer(row, "goal_rank"), number(row, "goal_value"),
                number(row, "official_value"), number(row, "needed_index_points"), number(row, "needed_item_points"),
                number(row, "recoverable_item_points"), value(row, "reachable") instanceof Boolean b ? b : null);
    }

    /** A task_status row; the output and partners (plan_tasks, written beside the marts) are not needed at night. */
    static PlanTask planTask(Row row) {
        String due = text(row, "due_dates");
        List<LocalDate> dueDates = due == null || due.isBlank() ? List.of()
                : Arrays.stream(due.split(";")).map(String::strip).map(LocalDate::parse).toList();
        return new PlanTask(text(row, "province"), text(row, "unit_id"), integer(row, "plan_year"),
                text(row, "index"), text(row, "code"), text(row, "file"), integer(row, "line"), text(row, "task"),
                null, text(row, "lead"), null, text(row, "deadline"), dueDates, date(row, "next_due"),
                text(row, "status"), date(row, "done_on"));
    }

    private static LocalDate date(Row row, String column) {
        Object value = value(row, column);
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().strip());
    }

    private static <T> List<T> convert(Mart mart, Function<Row, T> record) {
        return mart == null ? List.of() : mart.rows().collectAsList().stream().map(record).toList();
    }

    static UnitResult unitResult(Row row) {
        return new UnitResult(text(row, "province"), text(row, "tier"), integer(row, "year"), text(row, "index"),
                text(row, "unit_id"), text(row, "unit_name"), number(row, "max_total"), number(row, "index_value"),
                number(row, "official_value"), number(row, "points_lost"), integer(row, "rank"),
                integer(row, "rank_of"), text(row, "rank_basis"), number(row, "prev_value"), number(row, "delta"),
                integer(row, "prev_rank"), integer(row, "prev_rank_of"), integer(row, "rank_change"),
                row.getAs("reconciled"), text(row, "provenance"), text(row, "source"));
    }

    static Merger merger(Row row) {
        return new Merger(text(row, "unit_id"), text(row, "successor_id"), integer(row, "valid_to"));
    }

    static ItemResult itemResult(Row row) {
        return new ItemResult(text(row, "unit_id"), text(row, "index"), integer(row, "year"), text(row, "code"),
                integer(row, "level"), text(row, "name"), number(row, "max_points"), number(row, "score"),
                number(row, "self_score"), number(row, "points_lost"), number(row, "attainment"),
                number(row, "delta_points"), number(row, "delta_attainment"), integer(row, "rank"),
                integer(row, "rank_of"), text(row, "provenance"), text(row, "kind"));
    }

    static LossDriver lossDriver(Row row) {
        return new LossDriver(text(row, "unit_id"), text(row, "index"), integer(row, "year"),
                integer(row, "position"), text(row, "code"), text(row, "name"), number(row, "points_lost"),
                number(row, "share_of_loss"));
    }

    static ProvinceItem provinceItem(Row row) {
        return new ProvinceItem(text(row, "province"), text(row, "tier"), text(row, "index"), integer(row, "year"),
                text(row, "code"), integer(row, "units"), number(row, "mean_attainment"),
                number(row, "min_attainment"), number(row, "max_attainment"), number(row, "total_points_lost"));
    }

    static TargetResult targetResult(Row row) {
        return new TargetResult(text(row, "unit_id"), text(row, "index"), integer(row, "year"), text(row, "code"),
                text(row, "kind"), number(row, "target"), number(row, "actual"), text(row, "status"),
                number(row, "gap"));
    }

    /** The column's value, or null when the row has no such column (a mart written before it was added). */
    private static Object value(Row row, String column) {
        if (row.schema() == null || !Arrays.asList(row.schema().fieldNames()).contains(column)) {
            return null;
        }
        return row.getAs(column);
    }

    private static String text(Row row, String column) {
        Object value = value(row, column);
        return value == null ? null : value.toString();
    }

    private static Double number(Row row, String column) {
        return value(row, column) instanceof Number number ? number.doubleValue() : null;
    }

    private static Integer integer(Row row, String column) {
        return value(row, column) instanceof Number number ? number.intValue() : null;
    }
}
