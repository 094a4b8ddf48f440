package vn.parindex.marts;

import static vn.parindex.marts.Columns.*;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every mart of a snapshot, each declared once (contract section 4) as the list of its {@link Columns}, in the extracts'
 * order, and which of them may be blank: the batch builds its Spark schemas and selects its columns from these, the
 * dashboard reads the Parquet folders with them, and every front end reads rows through the same columns.
 */
public final class Marts {
    public static final MartSchema UNIT_YEAR = MartSchema.named("unit_year")
            .partitionedBy(MartPartitions.COLUMN)
            .add(PROVINCE, TIER, YEAR, INDEX, UNIT_ID)
            .maybe(UNIT_NAME, UNIT_TYPE, SCORE_TOTAL, MAX_TOTAL, INDEX_VALUE, OFFICIAL_VALUE, POINTS_LOST, RANK, RANK_OF,
                    RANK_BASIS, PREV_VALUE, DELTA, PREV_RANK, PREV_RANK_OF, RANK_CHANGE, REPORTED_TOTAL, REPORTED_RANK,
                    RECONCILED, PROVENANCE, SOURCE, GAP_TO_BEST)
            .build();

    public static final MartSchema COMPONENT_YEAR = MartSchema.named("component_year")
            .partitionedBy(MartPartitions.COLUMN)
            .add(PROVINCE, TIER, YEAR, INDEX, UNIT_ID, CODE)
            .maybe(PARENT_CODE).add(LEVEL).maybe(ITEM_NAME).add(ITEM_KIND, MAX_POINTS, SCORE).maybe(SELF_SCORE)
            .add(POINTS_LOST, ATTAINMENT)
            .maybe(PREV_SCORE, PREV_MAX, DELTA_POINTS, DELTA_ATTAINMENT, MAX_CHANGED, RANK, RANK_OF, PROVENANCE)
            .build();

    public static final MartSchema LOSS_DRIVERS = MartSchema.named("loss_drivers")
            .partitionedBy(MartPartitions.COLUMN)
            .add(PROVINCE, YEAR, INDEX, UNIT_ID, POSITION, CODE).maybe(ITEM_NAME).add(POINTS_LOST).maybe(SHARE_OF_LOSS)
            .build();

    public static final MartSchema PROVINCE_SUMMARY = MartSchema.named("province_summary")
            .partitionedBy(MartPartitions.COLUMN)
            .add(PROVINCE, TIER, YEAR, INDEX, CODE, Columns.UNITS)
            .maybe(MEAN_ATTAINMENT, MIN_ATTAINMENT, MAX_ATTAINMENT, TOTAL_POINTS_LOST)
            .build();

    public static final MartSchema TARGET_STATUS = MartSchema.named("target_status")
            .add(PROVINCE, UNIT_ID, YEAR, INDEX, CODE, TARGET_KIND).maybe(Columns.TARGET, ACTUAL).add(Columns.TARGET_STATUS)
            .maybe(GAP)
            .build();

    public static final MartSchema GOAL_GAPS = MartSchema.named("goal_gaps")
            .partitionedBy(MartPartitions.COLUMN)
            .add(PROVINCE, TIER, YEAR, INDEX, UNIT_ID, GOAL)
            .maybe(GOAL_YEAR, GOAL_RANK, GOAL_VALUE, OFFICIAL_VALUE, NEEDED_INDEX_POINTS, NEEDED_ITEM_POINTS,
                    RECOVERABLE_ITEM_POINTS, REACHABLE)
            .build();

    public static final MartSchema TASK_STATUS = MartSchema.named("task_status")
            .add(PROVINCE, UNIT_ID, PLAN_YEAR, INDEX).maybe(CODE).add(FILE, LINE).maybe(TASK, LEAD, DEADLINE, DUE_DATES,
                    NEXT_DUE).add(Columns.TASK_STATUS).maybe(DONE_ON)
            .build();

    /**
     * Parquet only: goal_gaps' recoverable_item_points item by item, so that a page or a draft plan can say where the
     * points are and which items change maximum in the goal year. One row per deepest scored item of each unit-year
     * (a score none of whose children has one) with its kind, this year's maximum and score, next year's maximum
     * (next_max: that of the goal year's tree, found by code or prev_code; 0 when the item is gone from it; blank when
     * the input has no tree for the goal year) and what it can regain (recoverable: max(0, next_max - score), or
     * the points it lost without a next tree) and its score's provenance. The assessed items' recoverable add up to the unit-year's
     * recoverable_item_points.
     */
    public static final MartSchema GOAL_ITEMS = MartSchema.named("goal_items")
            .partitionedBy(MartPartitions.COLUMN)
            .add(PROVINCE, TIER, YEAR, INDEX, UNIT_ID, CODE).maybe(ITEM_NAME).add(ITEM_KIND, MAX_POINTS, SCORE)
            .maybe(NEXT_MAX).add(RECOVERABLE).maybe(PROVENANCE)
            .build();

    /** Parquet only: the units with their years, successors and aliases ("|"-joined), for the lineage. */
    public static final MartSchema UNITS = MartSchema.named("units")
            .add(UNIT_ID, PROVINCE, TIER, UNIT_NAME).maybe(SHORT_NAME, UNIT_TYPE, VALID_FROM, VALID_TO, SUCCESSOR_ID, ALIASES)
            .build();

    /** Parquet only: what task_status leaves out of each task (output, partners, the planner's note), by file and line. */
    public static final MartSchema PLAN_TASKS = MartSchema.named("plan_tasks")
            .add(FILE, LINE).maybe(OUTPUT, PARTNERS, NOTE)
            .build();

    /**
     * Parquet only: each unit-year's domains (level-1 items) with their attainment, partitioned by unit type
     * (marts/domain_year/unit_type=T/): the comparison of one kind of unit across every province reads one small
     * partition instead of every province's component_year. Units without a type are left out.
     */
    public static final MartSchema DOMAIN_YEAR = MartSchema.named("domain_year")
            .partitionedBy("unit_type")
            .add(UNIT_TYPE, PROVINCE, TIER, YEAR, INDEX, UNIT_ID, CODE).maybe(ITEM_NAME, ATTAINMENT, PROVENANCE)
            .build();

    /**
     * Not a mart: the validated score rows a run used, kept in the snapshot (staged/scores) so a later run can carry a
     * province-year over when its new file is quarantined; also the form of each file's rows while a run ingests.
     * file and line are blank for rows carried over from an older snapshot.
     */
    public static final MartSchema STAGED_SCORES = MartSchema.named("staged_scores")
            .add(PROVINCE, TIER, YEAR, UNIT_ID, INDEX, CODE).maybe(SCORE).add(NA).maybe(SELF_SCORE, FILE, LINE)
            .add(PROVENANCE).maybe(SOURCE)
            .build();

    /** Not a mart: the run's quality report, an extract only (quality_issues.csv), written as it is found. */
    public static final MartSchema QUALITY_ISSUES = MartSchema.named("quality_issues")
            .add(SEVERITY).maybe(FILE, LINE, COLUMN).add(RULE, MESSAGE).maybe(ACTION)
            .build();

    /** The marts that are also CSV extracts, in publication order. */
    public static final List<MartSchema> EXTRACTS = List.of(UNIT_YEAR, COMPONENT_YEAR, LOSS_DRIVERS, PROVINCE_SUMMARY,
            TARGET_STATUS, GOAL_GAPS, TASK_STATUS);

    public static final List<MartSchema> ALL = Stream.concat(EXTRACTS.stream(), Stream.of(UNITS, PLAN_TASKS, DOMAIN_YEAR, GOAL_ITEMS))
            .toList();

    private static final Map<String, MartSchema> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(MartSchema::name, Function.identity()));

    private Marts() {
    }

    public static MartSchema named(String name) {
        MartSchema schema = BY_NAME.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("no mart named " + name);
        }
        return schema;
    }
}
