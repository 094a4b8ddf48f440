package vn.parindex.briefing;

import vn.parindex.marts.Columns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.GoalItem;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.LossDriver;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.records.Merger;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.ProvinceItem;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * Everything of one province a unit briefing, a province workbook or a task list reads, from a published snapshot's
 * Parquet marts, as the dashboard's downloads have it: the province's rows of every mart it reads, the lineage of
 * every unit (units mart), each task's output and partners (plan_tasks, by file and line) and the goal gaps item by
 * item (goal_items, absent from snapshots published before it). The subscriptions'
 * mails attach workbooks built from this, with the same writers as the dashboard's downloads.
 */
public final class ProvinceBriefingData {
    private final Path snapshot;
    private final MartReader reader = new MartReader();
    private List<Merger> mergers;
    private Map<String, MartRow> taskDetails;

    /** @param snapshot a published snapshot's folder */
    public ProvinceBriefingData(Path snapshot) {
        this.snapshot = snapshot;
    }

    /** A province's records, ready to be briefing data under any snapshot's name (null lists: no plan data). */
    public record Records(List<UnitResult> units, List<ItemResult> items, List<LossDriver> lossDrivers,
                          List<ProvinceItem> provinceItems, List<TargetResult> targets, List<Merger> mergers,
                          List<GoalGap> goals, List<PlanTask> tasks, List<GoalItem> goalItems) {
        /** @param info the snapshot the workbooks made from it name as their source */
        public BriefingData data(SnapshotInfo info) {
            return new BriefingData(info, units, items, lossDrivers, provinceItems, targets, mergers, goals, tasks,
                    goalItems);
        }

        /** The same without the tasks (the plan data still known, when it was): as if no plan had a task. */
        public Records withoutTasks() {
            return new Records(units, items, lossDrivers, provinceItems, targets, mergers, goals,
                    tasks == null ? null : List.of(), goalItems);
        }
    }

    public Records read(String province) throws IOException {
        boolean plans = Files.isDirectory(SnapshotLayout.mart(snapshot, Marts.TASK_STATUS.name()));
        return new Records(
                SnapshotRows.records(reader, snapshot, Marts.UNIT_YEAR, province, MartRecords::unitResult),
                SnapshotRows.records(reader, snapshot, Marts.COMPONENT_YEAR, province, MartRecords::itemResult),
                SnapshotRows.records(reader, snapshot, Marts.LOSS_DRIVERS, province, MartRecords::lossDriver),
                SnapshotRows.records(reader, snapshot, Marts.PROVINCE_SUMMARY, province, MartRecords::provinceItem),
                SnapshotRows.records(reader, snapshot, Marts.TARGET_STATUS, province, MartRecords::targetResult),
                mergers(),
                plans ? SnapshotRows.records(reader, snapshot, Marts.GOAL_GAPS, province, MartRecords::goalGap) : null,
                plans ? tasks(province) : null,
                Files.isDirectory(SnapshotLayout.mart(snapshot, Marts.GOAL_ITEMS.name()))
                        ? SnapshotRows.records(reader, snapshot, Marts.GOAL_ITEMS, province, MartRecords::goalItem)
                        : null);
    }

    /** The units mart is small and the same for every province: read once. */
    private List<Merger> mergers() throws IOException {
        if (mergers == null) {
            mergers = SnapshotRows.records(reader, snapshot, Marts.UNITS, null, r -> r).stream()
                    .filter(r -> r.get(Columns.SUCCESSOR_ID) != null).map(MartRecords::merger).toList();
        }
        return mergers;
    }

    private List<PlanTask> tasks(String province) throws IOException {
        if (taskDetails == null) {
            taskDetails = new HashMap<>();
            if (Files.isDirectory(SnapshotLayout.mart(snapshot, Marts.PLAN_TASKS.name()))) {
                for (MartRow row : SnapshotRows.records(reader, snapshot, Marts.PLAN_TASKS, null, r -> r)) {
                    taskDetails.put(key(row), row);
                }
            }
        }
        return SnapshotRows.records(reader, snapshot, Marts.TASK_STATUS, province,
                row -> MartRecords.planTask(row, taskDetails.get(key(row))));
    }

    private static String key(MartRow row) {
        return row.get(Columns.FILE) + '\u0000' + row.get(Columns.LINE);
    }
}
