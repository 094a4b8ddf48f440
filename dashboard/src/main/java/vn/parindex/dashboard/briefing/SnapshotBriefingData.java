package vn.parindex.dashboard.briefing;

import vn.parindex.marts.Columns;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/**
 * The briefings' input made from the snapshot through the briefings' one mapping (MartRecords), never for the whole
 * snapshot: a province's (its unit_year rows and its slice; what a province or unit briefing, a draft plan or a task
 * list reads), or a comparison's units with their domains. The last province's is kept, as a planner downloads
 * several files of one province in a row. An older snapshot lacks the plans (goal_gaps, task_status with
 * plan_tasks' output and partners): its briefings then say they have no plan data.
 */
final class SnapshotBriefingData {
    private record Built(String snapshotId, String province, BriefingData data) {
    }

    private final AtomicReference<Built> last = new AtomicReference<>();

    /** @param province as the data writes it */
    BriefingData province(Snapshot snapshot, String province) {
        Built built = last.get();
        if (built == null || !built.snapshotId().equals(snapshot.id()) || !built.province().equals(province)) {
            List<MartRow> unitYears = snapshot.allUnitYears().stream()
                    .filter(r -> province.equals(r.get(Columns.PROVINCE))).toList();
            built = new Built(snapshot.id(), province, build(snapshot, unitYears, snapshot.slice(province)::rows));
            last.set(built);
        }
        return built.data();
    }

    /** A comparison's units, with the units merged into them (their lines' earlier years). */
    static BriefingData units(Snapshot snapshot, Collection<String> unitIds) {
        Set<String> lineage = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(unitIds);
        while (!queue.isEmpty()) {
            String id = queue.remove(queue.size() - 1);
            if (lineage.add(id)) {
                snapshot.predecessors(id).forEach(p -> queue.add(p.get(Columns.UNIT_ID)));
            }
        }
        List<MartRow> unitYears = lineage.stream().flatMap(u -> snapshot.unitYears(u).stream()).toList();
        Set<String> provinces = new LinkedHashSet<>();
        unitYears.forEach(r -> provinces.add(r.get(Columns.PROVINCE)));
        return build(snapshot, unitYears, mart -> provinces.stream().flatMap(p -> snapshot.slice(p).rows(mart).stream())
                .filter(r -> r.mart().holds(Columns.UNIT_ID) && lineage.contains(r.get(Columns.UNIT_ID))).toList());
    }

    /** @param sliceRows the rows of a slice mart the briefing may read */
    private static BriefingData build(Snapshot snapshot, List<MartRow> unitYears,
                                      Function<MartSchema, List<MartRow>> sliceRows) {
        boolean plans = snapshot.plansKnown();
        return new BriefingData(new SnapshotInfo(snapshot.id(), createdAt(snapshot.manifest().createdAt())),
                records(unitYears, MartRecords::unitResult),
                records(sliceRows.apply(Marts.COMPONENT_YEAR), MartRecords::itemResult),
                records(sliceRows.apply(Marts.LOSS_DRIVERS), MartRecords::lossDriver),
                records(sliceRows.apply(Marts.PROVINCE_SUMMARY), MartRecords::provinceItem),
                records(sliceRows.apply(Marts.TARGET_STATUS), MartRecords::targetResult),
                snapshot.units().stream().filter(r -> r.get(Columns.SUCCESSOR_ID) != null)
                        .map(r -> MartRecords.merger(r)).toList(),
                plans ? records(sliceRows.apply(Marts.GOAL_GAPS), MartRecords::goalGap) : null,
                plans ? records(sliceRows.apply(Marts.TASK_STATUS), task -> MartRecords.planTask(task,
                        snapshot.taskDetails(task.get(Columns.FILE), task.get(Columns.LINE)).orElse(null))) : null,
                snapshot.goalItemsKnown() ? records(sliceRows.apply(Marts.GOAL_ITEMS), MartRecords::goalItem) : null);
    }

    private static <T> List<T> records(List<MartRow> rows, Function<MartRow, T> record) {
        return rows.stream().map(row -> record.apply(row)).toList();
    }

    private static Instant createdAt(String text) {
        try {
            return ZonedDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.EPOCH;
        }
    }
}
