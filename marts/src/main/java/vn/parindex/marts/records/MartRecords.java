package vn.parindex.marts.records;

import static vn.parindex.marts.Columns.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/**
 * The one mapping from the marts' rows (contract section 4) to the records the briefings, the pages and the mails
 * read. Columns added to the contract later (rank_basis, prev_rank_of, provenance, source, kind, gap_to_best) read
 * as blank from an older snapshot.
 */
public final class MartRecords {
    private MartRecords() {
    }

    /** A unit_year row. */
    public static UnitResult unitResult(MartRow r) {
        return new UnitResult(r.get(PROVINCE), r.get(TIER), r.get(YEAR), r.get(INDEX), r.get(UNIT_ID),
                r.get(UNIT_NAME), r.get(MAX_TOTAL), r.get(INDEX_VALUE), r.get(OFFICIAL_VALUE), r.get(POINTS_LOST),
                r.get(RANK), r.get(RANK_OF), r.get(RANK_BASIS), r.get(PREV_VALUE), r.get(DELTA), r.get(PREV_RANK),
                r.get(PREV_RANK_OF), r.get(RANK_CHANGE), r.get(RECONCILED), r.get(PROVENANCE), r.get(SOURCE),
                r.get(GAP_TO_BEST), r);
    }

    /** A component_year row. */
    public static ItemResult itemResult(MartRow r) {
        return new ItemResult(r.get(UNIT_ID), r.get(INDEX), r.get(YEAR), r.get(CODE), r.get(LEVEL), r.get(ITEM_NAME),
                r.get(MAX_POINTS), r.get(SCORE), r.get(SELF_SCORE), r.get(POINTS_LOST), r.get(ATTAINMENT),
                r.get(DELTA_POINTS), r.get(DELTA_ATTAINMENT), r.get(RANK), r.get(RANK_OF), r.get(PROVENANCE),
                r.get(ITEM_KIND));
    }

    /** A loss_drivers row. */
    public static LossDriver lossDriver(MartRow r) {
        return new LossDriver(r.get(UNIT_ID), r.get(INDEX), r.get(YEAR), r.get(POSITION), r.get(CODE),
                r.get(ITEM_NAME), r.get(POINTS_LOST), r.get(SHARE_OF_LOSS));
    }

    /** A province_summary row. */
    public static ProvinceItem provinceItem(MartRow r) {
        return new ProvinceItem(r.get(PROVINCE), r.get(TIER), r.get(INDEX), r.get(YEAR), r.get(CODE),
                r.get(Columns.UNITS), r.get(MEAN_ATTAINMENT), r.get(MIN_ATTAINMENT), r.get(MAX_ATTAINMENT),
                r.get(TOTAL_POINTS_LOST));
    }

    /** A target_status row. */
    public static TargetResult targetResult(MartRow r) {
        return new TargetResult(r.get(UNIT_ID), r.get(INDEX), r.get(YEAR), r.get(CODE), r.get(TARGET_KIND),
                r.get(TARGET), r.get(ACTUAL), r.get(TARGET_STATUS), r.get(GAP));
    }

    /** A units row whose unit merged into a successor. */
    public static Merger merger(MartRow r) {
        return new Merger(r.get(UNIT_ID), r.get(SUCCESSOR_ID), r.get(VALID_TO));
    }

    /** A goal_gaps row. */
    public static GoalGap goalGap(MartRow r) {
        return new GoalGap(r.get(UNIT_ID), r.get(INDEX), r.get(YEAR), r.get(GOAL), r.get(GOAL_YEAR), r.get(GOAL_RANK),
                r.get(GOAL_VALUE), r.get(OFFICIAL_VALUE), r.get(NEEDED_INDEX_POINTS), r.get(NEEDED_ITEM_POINTS),
                r.get(RECOVERABLE_ITEM_POINTS), r.get(REACHABLE));
    }

    /** A goal_items row. */
    public static GoalItem goalItem(MartRow r) {
        return new GoalItem(r.get(UNIT_ID), r.get(INDEX), r.get(YEAR), r.get(CODE), r.get(ITEM_NAME), r.get(ITEM_KIND),
                r.get(MAX_POINTS), r.get(SCORE), r.get(NEXT_MAX), r.get(RECOVERABLE), r.get(PROVENANCE));
    }

    /**
     * A task_status row with its output, partners and note from the plan_tasks row of the same file and line.
     *
     * @param details null when they are not needed (the nightly workbooks) or not known
     */
    public static PlanTask planTask(MartRow r, MartRow details) {
        return new PlanTask(r.get(PROVINCE), r.get(UNIT_ID), r.get(PLAN_YEAR), r.get(INDEX), r.get(CODE), r.get(FILE),
                r.get(LINE), r.get(TASK), details == null ? null : details.get(OUTPUT), r.get(LEAD),
                details == null ? null : details.get(PARTNERS), r.get(DEADLINE), dates(r.get(DUE_DATES)),
                r.get(NEXT_DUE), r.get(TASK_STATUS), r.get(DONE_ON), details == null ? null : details.get(NOTE));
    }

    /** due_dates: ISO dates joined by ";". */
    private static List<LocalDate> dates(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(MartRecords::date).filter(Objects::nonNull).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
