package vn.parindex.briefings.data;

import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.LossDriver;
import vn.parindex.marts.records.ProvinceItem;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.Merger;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.GoalItem;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.marts.records.TableKey;
import static java.util.stream.Collectors.groupingBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.text.Codes;
import vn.parindex.marts.RankingOrder;

/**
 * Everything the briefings read, as the published marts hold it, with the look-ups the writers need. Immutable;
 * built by whoever holds the marts (the nightly job one province at a time from the Parquet marts, the dashboard once
 * per snapshot from its tables).
 */
public final class BriefingData {
    private static final Comparator<UnitResult> RANKING =
            RankingOrder.of(UnitResult::rank, UnitResult::unitName, UnitResult::unitId);

    private final SnapshotInfo snapshot;
    private final Map<TableKey, List<UnitResult>> rankings;
    private final Map<UnitYear, UnitResult> unitYears;
    private final Map<String, List<UnitResult>> histories;
    private final Map<UnitYear, List<ItemResult>> items;
    private final Map<UnitYear, List<LossDriver>> lossDrivers;
    private final Map<UnitYear, List<TargetResult>> targets;
    private final Map<TableKey, List<ProvinceItem>> provinceItems;
    private final Map<String, List<Merger>> mergedInto;
    private final boolean plansKnown;
    private final Map<UnitYear, List<GoalGap>> goals;
    private final Map<String, List<PlanTask>> tasks;
    private final boolean goalItemsKnown;
    private final Map<UnitYear, List<GoalItem>> goalItems;

    /**
     * With the plans: goal_gaps and task_status rows. Null for both means the snapshot holds no plan data (an older
     * one), which the briefings say rather than report "no tasks".
     */
    public BriefingData(SnapshotInfo snapshot, List<UnitResult> units, List<ItemResult> items,
                        List<LossDriver> lossDrivers, List<ProvinceItem> provinceItems, List<TargetResult> targets,
                        List<Merger> mergers, List<GoalGap> goals, List<PlanTask> tasks) {
        this(snapshot, units, items, lossDrivers, provinceItems, targets, mergers, goals, tasks, null);
    }

    /**
     * With the goal gaps item by item (goal_items); null for them means a snapshot published before that mart, whose
     * draft plans give the goal gaps' totals only.
     */
    public BriefingData(SnapshotInfo snapshot, List<UnitResult> units, List<ItemResult> items,
                        List<LossDriver> lossDrivers, List<ProvinceItem> provinceItems, List<TargetResult> targets,
                        List<Merger> mergers, List<GoalGap> goals, List<PlanTask> tasks, List<GoalItem> goalItems) {
        this.snapshot = snapshot;
        this.goalItemsKnown = goalItems != null;
        this.goalItems = sortedGroups(goalItems == null ? List.of() : goalItems, GoalItem::unitYear,
                Comparator.comparing(GoalItem::code, Codes.ORDER));
        this.plansKnown = goals != null || tasks != null;
        // goal_gaps comes sorted (next_rank first, then targets in file order): keep that order
        this.goals = (goals == null ? List.<GoalGap>of() : goals).stream()
                .collect(groupingBy(GoalGap::unitYear, Collectors.toUnmodifiableList()));
        this.tasks = sortedGroups(tasks == null ? List.of() : tasks, PlanTask::unitId,
                Comparator.comparing(PlanTask::file).thenComparingInt(PlanTask::line));
        this.rankings = sortedGroups(units, UnitResult::table, RANKING);
        this.unitYears = units.stream().collect(Collectors.toUnmodifiableMap(UnitResult::unitYear, unit -> unit));
        this.histories = sortedGroups(units, unit -> historyKey(unit.unitId(), unit.index()),
                Comparator.comparingInt(UnitResult::year));
        this.items = sortedGroups(items, ItemResult::unitYear, Comparator.comparing(ItemResult::code, Codes.ORDER));
        this.lossDrivers = sortedGroups(lossDrivers, LossDriver::unitYear, Comparator.comparingInt(LossDriver::position));
        this.targets = sortedGroups(targets, TargetResult::unitYear,
                Comparator.comparing(TargetResult::code, Codes.ORDER).thenComparing(TargetResult::kind));
        this.provinceItems = sortedGroups(provinceItems, ProvinceItem::table,
                Comparator.comparing(ProvinceItem::code, Codes.ORDER));
        this.mergedInto = sortedGroups(mergers.stream().filter(merger -> merger.successorId() != null).toList(),
                Merger::successorId, Comparator.comparing(Merger::unitId));
    }

    /** Without plan data: goals and tasks unknown. */
    public BriefingData(SnapshotInfo snapshot, List<UnitResult> units, List<ItemResult> items,
                        List<LossDriver> lossDrivers, List<ProvinceItem> provinceItems, List<TargetResult> targets,
                        List<Merger> mergers) {
        this(snapshot, units, items, lossDrivers, provinceItems, targets, mergers, null, null);
    }

    /** Without lineage: no unit has predecessors. */
    public BriefingData(SnapshotInfo snapshot, List<UnitResult> units, List<ItemResult> items,
                        List<LossDriver> lossDrivers, List<ProvinceItem> provinceItems, List<TargetResult> targets) {
        this(snapshot, units, items, lossDrivers, provinceItems, targets, List.of());
    }

    private static <K, V> Map<K, List<V>> sortedGroups(List<V> rows, Function<V, K> key, Comparator<V> order) {
        return rows.stream().collect(groupingBy(key, Collectors.collectingAndThen(Collectors.toList(),
                group -> group.stream().sorted(order).toList())));
    }

    private static String historyKey(String unitId, String index) {
        return unitId + '\u0000' + index;
    }

    public SnapshotInfo snapshot() {
        return snapshot;
    }

    /** Tables with at least one ranked unit, in province, tier, index and year order. */
    public List<TableKey> rankedTables() {
        return rankings.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(unit -> unit.rank() != null))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(TableKey::province).thenComparing(TableKey::tier)
                        .thenComparing(TableKey::index).thenComparingInt(TableKey::year))
                .toList();
    }

    /** Of each province, tier and index, the latest year's ranked table: the nightly briefings. */
    public List<TableKey> latestRankedTables() {
        Map<List<String>, TableKey> latest = new java.util.LinkedHashMap<>();
        for (TableKey table : rankedTables()) { // year order: the last one wins
            latest.put(List.of(table.province(), table.tier(), table.index()), table);
        }
        return List.copyOf(latest.values());
    }

    /** The units of a table, ranked ones first by rank (ties by name), then the unranked ones. */
    public List<UnitResult> ranking(TableKey table) {
        return rankings.getOrDefault(table, List.of());
    }

    public Optional<UnitResult> unitYear(UnitYear key) {
        return Optional.ofNullable(unitYears.get(key));
    }

    /** Every year of one unit on one index, oldest first. */
    public List<UnitResult> history(String unitId, String index) {
        return histories.getOrDefault(historyKey(unitId, index), List.of());
    }

    /** Each unit's latest year per index, in unit and index order. */
    public List<UnitYear> latestUnitYears() {
        return histories.values().stream()
                .map(history -> history.get(history.size() - 1).unitYear())
                .sorted(Comparator.comparing(UnitYear::unitId).thenComparing(UnitYear::index))
                .toList();
    }

    /** A unit's items in code order (domains are the level 1 ones). */
    public List<ItemResult> items(UnitYear key) {
        return items.getOrDefault(key, List.of());
    }

    public List<ItemResult> domains(UnitYear key) {
        return items(key).stream().filter(item -> item.level() == 1).toList();
    }

    public List<LossDriver> lossDrivers(UnitYear key) {
        return lossDrivers.getOrDefault(key, List.of());
    }

    public List<TargetResult> targets(UnitYear key) {
        return targets.getOrDefault(key, List.of());
    }

    public List<ProvinceItem> provinceItems(TableKey table) {
        return provinceItems.getOrDefault(table, List.of());
    }

    /** The units merged into this one, by id. */
    public List<Merger> predecessors(String unitId) {
        return mergedInto.getOrDefault(unitId, List.of());
    }

    /** Whether the snapshot holds plan data at all (goal gaps, tasks); without it, no list below means "none". */
    public boolean plansKnown() {
        return plansKnown;
    }

    /** What it takes, for a unit-year: next_rank first, then next year's TOTAL targets in file order. */
    public List<GoalGap> goals(UnitYear key) {
        return goals.getOrDefault(key, List.of());
    }

    /** Whether the snapshot has goal_items: without it, no list below means "not known", not "none". */
    public boolean goalItemsKnown() {
        return goalItemsKnown;
    }

    /** What it takes, item by item: the unit-year's deepest scored items with the goal year's maxima, in code order. */
    public List<GoalItem> goalItems(UnitYear key) {
        return goalItems.getOrDefault(key, List.of());
    }

    /** A unit's plan tasks on every index and plan year, by file and line. */
    public List<PlanTask> tasks(String unitId) {
        return tasks.getOrDefault(unitId, List.of());
    }

    /** Every unit's plan tasks, by file and line. */
    public List<PlanTask> allTasks() {
        return tasks.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(PlanTask::file).thenComparingInt(PlanTask::line)).toList();
    }
}
