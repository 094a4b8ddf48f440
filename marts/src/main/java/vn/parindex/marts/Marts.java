package vn.parindex.marts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every mart of a snapshot, each declared once (contract section 4): the batch builds its Spark schemas and selects
 * its columns from these, the dashboard reads the Parquet folders with them.
 */
public final class Marts {
    public static final MartSchema UNIT_YEAR = MartSchema.named("unit_year")
            .partitionedBy(MartPartitions.COLUMN)
            .string("province", "tier").integer("year").string("index", "unit_id")
            .maybe().string("unit_name").maybe().string("unit_type")
            .maybe().real("score_total").maybe().real("max_total").maybe().real("index_value")
            .maybe().real("official_value").maybe().real("points_lost")
            .maybe().integer("rank").maybe().integer("rank_of").maybe().string("rank_basis")
            .maybe().real("prev_value").maybe().real("delta").maybe().integer("prev_rank").maybe().integer("prev_rank_of")
            .maybe().integer("rank_change").maybe().real("reported_total").maybe().integer("reported_rank")
            .maybe().bool("reconciled").maybe().string("provenance").maybe().string("source")
            .maybe().real("gap_to_best")
            .build();

    public static final MartSchema COMPONENT_YEAR = MartSchema.named("component_year")
            .partitionedBy(MartPartitions.COLUMN)
            .string("province", "tier").integer("year").string("index", "unit_id", "code")
            .maybe().string("parent_code").integer("level").maybe().string("name").string("kind")
            .real("max_points", "score").maybe().real("self_score").real("points_lost", "attainment")
            .maybe().real("prev_score").maybe().real("prev_max").maybe().real("delta_points")
            .maybe().real("delta_attainment").maybe().bool("max_changed")
            .maybe().integer("rank").maybe().integer("rank_of").maybe().string("provenance")
            .build();

    public static final MartSchema LOSS_DRIVERS = MartSchema.named("loss_drivers")
            .partitionedBy(MartPartitions.COLUMN)
            .string("province").integer("year").string("index", "unit_id").integer("position").string("code")
            .maybe().string("name").real("points_lost").maybe().real("share_of_loss")
            .build();

    public static final MartSchema PROVINCE_SUMMARY = MartSchema.named("province_summary")
            .partitionedBy(MartPartitions.COLUMN)
            .string("province", "tier").integer("year").string("index", "code").integer("units")
            .maybe().real("mean_attainment").maybe().real("min_attainment").maybe().real("max_attainment")
            .maybe().real("total_points_lost")
            .build();

    public static final MartSchema TARGET_STATUS = MartSchema.named("target_status")
            .string("province", "unit_id").integer("year").string("index", "code", "kind")
            .maybe().real("target").maybe().real("actual").string("status").maybe().real("gap")
            .build();

    public static final MartSchema GOAL_GAPS = MartSchema.named("goal_gaps")
            .partitionedBy(MartPartitions.COLUMN)
            .string("province", "tier").integer("year").string("index", "unit_id", "goal")
            .maybe().integer("goal_year").maybe().integer("goal_rank").maybe().real("goal_value")
            .maybe().real("official_value").maybe().real("needed_index_points").maybe().real("needed_item_points")
            .maybe().real("recoverable_item_points").maybe().bool("reachable")
            .build();

    public static final MartSchema TASK_STATUS = MartSchema.named("task_status")
            .string("province", "unit_id").integer("plan_year").string("index").maybe().string("code")
            .string("file").integer("line").maybe().string("task").maybe().string("lead")
            .maybe().string("deadline").maybe().string("due_dates").maybe().date("next_due")
            .string("status").maybe().date("done_on")
            .build();

    /** Parquet only: the units with their years, successors and aliases ("|"-joined), for the lineage. */
    public static final MartSchema UNITS = MartSchema.named("units")
            .string("unit_id", "province", "tier", "unit_name").maybe().string("short_name")
            .maybe().string("unit_type").maybe().integer("valid_from").maybe().integer("valid_to")
            .maybe().string("successor_id").maybe().string("aliases")
            .build();

    /** Parquet only: what task_status leaves out of each task, by file and line. */
    public static final MartSchema PLAN_TASKS = MartSchema.named("plan_tasks")
            .string("file").integer("line").maybe().string("output").maybe().string("partners")
            .build();

    /**
     * Parquet only: each unit-year's domains (level-1 items) with their attainment, partitioned by unit type
     * (marts/domain_year/unit_type=T/): the comparison of one kind of unit across every province reads one small
     * partition instead of every province's component_year. Units without a type are left out.
     */
    public static final MartSchema DOMAIN_YEAR = MartSchema.named("domain_year")
            .partitionedBy("unit_type")
            .string("unit_type", "province", "tier").integer("year").string("index", "unit_id", "code")
            .maybe().string("name").maybe().real("attainment").maybe().string("provenance")
            .build();

    /**
     * Not a mart: the validated score rows a run used, kept in the snapshot (staged/scores) so a later run can carry a
     * province-year over when its new file is quarantined; also the form of each file's rows while a run ingests.
     * file and line are blank for rows carried over from an older snapshot.
     */
    public static final MartSchema STAGED_SCORES = MartSchema.named("staged_scores")
            .string("province", "tier").integer("year").string("unit_id", "index", "code")
            .maybe().real("score").bool("na").maybe().real("self_score").maybe().string("file").maybe().integer("line")
            .string("provenance").maybe().string("source")
            .build();

    /** The marts that are also CSV extracts, in publication order. */
    public static final List<MartSchema> EXTRACTS = List.of(UNIT_YEAR, COMPONENT_YEAR, LOSS_DRIVERS, PROVINCE_SUMMARY,
            TARGET_STATUS, GOAL_GAPS, TASK_STATUS);

    public static final List<MartSchema> ALL = Stream.concat(EXTRACTS.stream(), Stream.of(UNITS, PLAN_TASKS, DOMAIN_YEAR))
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
