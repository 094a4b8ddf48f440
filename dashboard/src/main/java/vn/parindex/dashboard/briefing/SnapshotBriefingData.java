package vn.parindex.dashboard.briefing;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.MartRecords;
import vn.parindex.briefings.MartRow;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/**
 * The briefings' input made from the loaded snapshot's tables through the briefings' one mapping (MartRecords), once
 * per snapshot (it changes only nightly). An older snapshot lacks the plans (goal_gaps, task_status with plan_tasks'
 * output and partners): its briefings then say they have no plan data.
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
                rows(snapshot, Marts.UNIT_YEAR, MartRecords::unitResult),
                rows(snapshot, Marts.COMPONENT_YEAR, MartRecords::itemResult),
                rows(snapshot, Marts.LOSS_DRIVERS, MartRecords::lossDriver),
                rows(snapshot, Marts.PROVINCE_SUMMARY, MartRecords::provinceItem),
                rows(snapshot, Marts.TARGET_STATUS, MartRecords::targetResult),
                snapshot.table(Marts.UNITS).rows().stream().filter(r -> r.str("successor_id") != null)
                        .map(r -> MartRecords.merger(r::get)).toList(),
                plansKnown(snapshot) ? rows(snapshot, Marts.GOAL_GAPS, MartRecords::goalGap) : null,
                plansKnown(snapshot) ? rows(snapshot, Marts.TASK_STATUS, task -> MartRecords.planTask(task,
                        snapshot.taskDetails(task.text("file"), task.integer("line")).<MartRow>map(d -> d::get)
                                .orElse(null))) : null);
    }

    /** A snapshot published before the plans has neither goal gaps nor tasks (the loader reads them as empty). */
    private static boolean plansKnown(Snapshot snapshot) {
        return !snapshot.table(Marts.GOAL_GAPS).rows().isEmpty()
                || !snapshot.table(Marts.TASK_STATUS).rows().isEmpty();
    }

    private static <T> List<T> rows(Snapshot snapshot, MartSchema mart, Function<MartRow, T> record) {
        return snapshot.table(mart).rows().stream().map(row -> record.apply(row::get)).toList();
    }

    private static Instant createdAt(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }
}
