package vn.parindex.briefings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one mapping from the marts' rows (contract section 4) to the briefings' records, used by the nightly job and
 * the dashboard alike. Columns added to the contract later (rank_basis, prev_rank_of, provenance, source, kind,
 * gap_to_best) read as blank from an older snapshot.
 */
public final class MartRecords {
    private MartRecords() {
    }

    /** A unit_year row. */
    public static UnitResult unitResult(MartRow r) {
        return new UnitResult(r.text("province"), r.text("tier"), r.integer("year"), r.text("index"),
                r.text("unit_id"), r.text("unit_name"), r.number("max_total"), r.number("index_value"),
                r.number("official_value"), r.number("points_lost"), r.integer("rank"), r.integer("rank_of"),
                r.text("rank_basis"), r.number("prev_value"), r.number("delta"), r.integer("prev_rank"),
                r.integer("prev_rank_of"), r.integer("rank_change"), r.bool("reconciled"), r.text("provenance"),
                r.text("source"), r.number("gap_to_best"));
    }

    /** A component_year row. */
    public static ItemResult itemResult(MartRow r) {
        return new ItemResult(r.text("unit_id"), r.text("index"), r.integer("year"), r.text("code"),
                r.integer("level"), r.text("name"), r.number("max_points"), r.number("score"), r.number("self_score"),
                r.number("points_lost"), r.number("attainment"), r.number("delta_points"),
                r.number("delta_attainment"), r.integer("rank"), r.integer("rank_of"), r.text("provenance"),
                r.text("kind"));
    }

    /** A loss_drivers row. */
    public static LossDriver lossDriver(MartRow r) {
        return new LossDriver(r.text("unit_id"), r.text("index"), r.integer("year"), r.integer("position"),
                r.text("code"), r.text("name"), r.number("points_lost"), r.number("share_of_loss"));
    }

    /** A province_summary row. */
    public static ProvinceItem provinceItem(MartRow r) {
        return new ProvinceItem(r.text("province"), r.text("tier"), r.text("index"), r.integer("year"),
                r.text("code"), r.integer("units"), r.number("mean_attainment"), r.number("min_attainment"),
                r.number("max_attainment"), r.number("total_points_lost"));
    }

    /** A target_status row. */
    public static TargetResult targetResult(MartRow r) {
        return new TargetResult(r.text("unit_id"), r.text("index"), r.integer("year"), r.text("code"),
                r.text("kind"), r.number("target"), r.number("actual"), r.text("status"), r.number("gap"));
    }

    /** A units row whose unit merged into a successor. */
    public static Merger merger(MartRow r) {
        return new Merger(r.text("unit_id"), r.text("successor_id"), r.integer("valid_to"));
    }

    /** A goal_gaps row. */
    public static GoalGap goalGap(MartRow r) {
        return new GoalGap(r.text("unit_id"), r.text("index"), r.integer("year"), r.text("goal"),
                r.integer("goal_year"), r.integer("goal_rank"), r.number("goal_value"), r.number("official_value"),
                r.number("needed_index_points"), r.number("needed_item_points"), r.number("recoverable_item_points"),
                r.bool("reachable"));
    }

    /**
     * A task_status row with its output and partners from the plan_tasks row of the same file and line.
     *
     * @param details null when they are not needed (the nightly workbooks) or not known
     */
    public static PlanTask planTask(MartRow r, MartRow details) {
        return new PlanTask(r.text("province"), r.text("unit_id"), r.integer("plan_year"), r.text("index"),
                r.text("code"), r.text("file"), r.integer("line"), r.text("task"),
                details == null ? null : details.text("output"), r.text("lead"),
                details == null ? null : details.text("partners"), r.text("deadline"), dates(r.text("due_dates")),
                r.date("next_due"), r.text("status"), r.date("done_on"));
    }

    /** due_dates: ISO dates joined by ";". */
    private static List<LocalDate> dates(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(MartRow::parseDate).filter(Objects::nonNull).toList();
    }
}
