package vn.parindex.dashboard.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.GoalGap;
import vn.parindex.briefings.ItemResult;
import vn.parindex.briefings.LossDriver;
import vn.parindex.briefings.Merger;
import vn.parindex.briefings.PlanTask;
import vn.parindex.briefings.ProvinceItem;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.briefings.TargetResult;
import vn.parindex.briefings.UnitResult;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * The briefings' input made from the loaded snapshot's tables, once per snapshot (it changes only nightly). Columns
 * added to the contract on 2026-11-29 (rank_basis, prev_rank_of, provenance, source) are read when the snapshot has
 * them, so an older snapshot still gives its briefings; so are the item kinds and the plans (goal_gaps, task_status
 * with plan_tasks' output and partners), which an older snapshot lacks (its briefings then say they have no plan
 * data).
 */
final class SnapshotBriefingData {
    private record Built(String snapshotId, BriefingData data) {
    }

    private final AtomicReference<Built> last = new AtomicReference<>();

    BriefingData of(Snapshot snapshot) {
        Built built = last.get();
        if (built == null || !built.snapshotId().equals(snapshot.id())) {
            built = new Built(snapshot.id(), build(snapshot));
            last.set(built);
        }
        return built.data();
    }

    private static BriefingData build(Snapshot snapshot) {
        return new BriefingData(new SnapshotInfo(snapshot.id(), createdAt(snapshot.manifest().createdAt())),
                rows(snapshot, "unit_year", r -> new UnitResult(r.str("province"), r.str("tier"), r.integer("year"),
                        r.str("index"), r.str("unit_id"), r.str("unit_name"), r.number("max_total"),
                        r.number("index_value"), r.number("official_value"), r.number("points_lost"),
                        r.integer("rank"), r.integer("rank_of"), optional(r, "rank_basis"), r.number("prev_value"),
                        r.number("delta"), r.integer("prev_rank"), optionalInteger(r, "prev_rank_of"),
                        r.integer("rank_change"), r.bool("reconciled"), optional(r, "provenance"),
                        optional(r, "source"))),
                rows(snapshot, "component_year", r -> new ItemResult(r.str("unit_id"), r.str("index"),
                        r.integer("year"), r.str("code"), r.integer("level"), r.str("name"), r.number("max_points"),
                        r.number("score"), r.number("self_score"), r.number("points_lost"), r.number("attainment"),
                        r.number("delta_points"), r.number("delta_attainment"), r.integer("rank"),
                        r.integer("rank_of"), optional(r, "provenance"), optional(r, "kind"))),
                rows(snapshot, "loss_drivers", r -> new LossDriver(r.str("unit_id"), r.str("index"), r.integer("year"),
                        r.integer("position"), r.str("code"), r.str("name"), r.number("points_lost"),
                        r.number("share_of_loss"))),
                rows(snapshot, "province_summary", r -> new ProvinceItem(r.str("province"), r.str("tier"),
                        r.str("index"), r.integer("year"), r.str("code"), r.integer("units"),
                        r.number("mean_attainment"), r.number("min_attainment"), r.number("max_attainment"),
                        r.number("total_points_lost"))),
                rows(snapshot, "target_status", r -> new TargetResult(r.str("unit_id"), r.str("index"),
                        r.integer("year"), r.str("code"), r.str("kind"), r.number("target"), r.number("actual"),
                        r.str("status"), r.number("gap"))),
                snapshot.table("units").rows().stream().filter(r -> r.str("successor_id") != null)
                        .map(r -> new Merger(r.str("unit_id"), r.str("successor_id"), r.integer("valid_to")))
                        .toList(),
                plansKnown(snapshot) ? rows(snapshot, "goal_gaps", SnapshotBriefingData::goal) : null,
                plansKnown(snapshot) ? rows(snapshot, "task_status", r -> task(snapshot, r)) : null);
    }

    /** A snapshot published before the plans has neither goal gaps nor tasks (the loader reads them as empty). */
    private static boolean plansKnown(Snapshot snapshot) {
        return !snapshot.table("goal_gaps").rows().isEmpty() || !snapshot.table("task_status").rows().isEmpty();
    }

    private static GoalGap goal(Row r) {
        return new GoalGap(r.str("unit_id"), r.str("index"), r.integer("year"), r.str("goal"), r.integer("goal_year"),
                r.integer("goal_rank"), r.number("goal_value"), r.number("official_value"),
                r.number("needed_index_points"), r.number("needed_item_points"), r.number("recoverable_item_points"),
                r.bool("reachable"));
    }

    /** A task_status row with its output and partners from plan_tasks (same file and line). */
    private static PlanTask task(Snapshot snapshot, Row r) {
        Optional<Row> details = snapshot.taskDetails(r.str("file"), r.integer("line"));
        return new PlanTask(r.str("province"), r.str("unit_id"), r.integer("plan_year"), r.str("index"),
                r.str("code"), r.str("file"), r.integer("line"), r.str("task"),
                details.map(d -> d.str("output")).orElse(null), r.str("lead"),
                details.map(d -> d.str("partners")).orElse(null), r.str("deadline"), dates(r.str("due_dates")),
                date(r.str("next_due")), r.str("status"), date(r.str("done_on")));
    }

    private static List<LocalDate> dates(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::strip).map(SnapshotBriefingData::date)
                .filter(Objects::nonNull).toList();
    }

    /** yyyy-mm-dd as the extract writes dates; anything else reads as no date rather than failing the download. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String optional(Row row, String column) {
        return row.columns().has(column) ? row.str(column) : null;
    }

    private static Integer optionalInteger(Row row, String column) {
        return row.columns().has(column) ? row.integer(column) : null;
    }

    private static <T> List<T> rows(Snapshot snapshot, String table, Function<Row, T> record) {
        return snapshot.table(table).rows().stream().map(record).toList();
    }

    private static Instant createdAt(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }
}
