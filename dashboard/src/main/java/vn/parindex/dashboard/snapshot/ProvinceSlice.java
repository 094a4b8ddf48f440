package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/**
 * One province's rows of the big partitioned marts (every mart with a province column but unit_year and units,
 * which the snapshot holds whole), with the lookups the views need. Read on first use, kept while the cache has
 * room for it.
 */
public final class ProvinceSlice {
    /** The marts a slice holds, each read from the province's partition alone. */
    static final List<MartSchema> MARTS = List.of(Marts.COMPONENT_YEAR, Marts.LOSS_DRIVERS, Marts.PROVINCE_SUMMARY,
            Marts.TARGET_STATUS, Marts.GOAL_GAPS, Marts.TASK_STATUS, Marts.GOAL_ITEMS);

    private final String province;
    private final Map<String, Table> tables;
    private final long bytes;
    private final Map<UnitYearKey, List<MartRow>> componentsByUnitYear;
    private final Map<UnitYearKey, List<MartRow>> lossDriversByUnitYear;
    private final Map<String, List<MartRow>> targetsByUnit;
    private final Map<RankingKey, List<MartRow>> summariesByRanking;
    private final Map<UnitYearKey, List<MartRow>> goalsByUnitYear;
    private final Map<UnitYearKey, List<MartRow>> goalItemsByUnitYear;
    private final Map<String, List<MartRow>> tasksByUnit;
    private final List<MartRow> tasks;

    /** @param tables the province's rows of each of {@link #MARTS}, by mart name */
    ProvinceSlice(String province, Map<String, Table> tables, long bytes) {
        this.province = province;
        this.tables = Map.copyOf(tables);
        this.bytes = bytes;
        componentsByUnitYear = Grouping.by(rows(Marts.COMPONENT_YEAR), UnitYearKey::of, null);
        lossDriversByUnitYear = Grouping.by(rows(Marts.LOSS_DRIVERS), UnitYearKey::of, Grouping.byNumber(Columns.POSITION));
        targetsByUnit = Grouping.by(rows(Marts.TARGET_STATUS), r -> r.get(Columns.UNIT_ID), Grouping.byNumber(Columns.YEAR));
        summariesByRanking = Grouping.by(rows(Marts.PROVINCE_SUMMARY), RankingKey::of, null);
        goalsByUnitYear = Grouping.by(rows(Marts.GOAL_GAPS), UnitYearKey::of, null);
        goalItemsByUnitYear = Grouping.by(rows(Marts.GOAL_ITEMS), UnitYearKey::of, null);
        Comparator<MartRow> byFileAndLine = Comparator.comparing((MartRow r) -> String.valueOf(r.get(Columns.FILE)))
                .thenComparing(Grouping.byNumber(Columns.LINE));
        tasksByUnit = Grouping.by(rows(Marts.TASK_STATUS), r -> r.get(Columns.UNIT_ID), byFileAndLine);
        tasks = rows(Marts.TASK_STATUS).stream().sorted(byFileAndLine).toList();
    }

    public String province() {
        return province;
    }

    /** The estimated heap the slice takes, which the cache's bound counts. */
    public long bytes() {
        return bytes;
    }

    /** The province's rows of one of the slice's marts, in file order (for the briefings' input). */
    public List<MartRow> rows(MartSchema mart) {
        Table table = tables.get(mart.name());
        if (table == null) {
            throw new IllegalArgumentException("a province slice holds no " + mart.name());
        }
        return table.rows();
    }

    List<MartRow> components(UnitYearKey key) {
        return componentsByUnitYear.getOrDefault(key, List.of());
    }

    List<MartRow> lossDrivers(UnitYearKey key) {
        return lossDriversByUnitYear.getOrDefault(key, List.of());
    }

    List<MartRow> targets(String unitId) {
        return targetsByUnit.getOrDefault(unitId, List.of());
    }

    List<MartRow> provinceSummary(RankingKey key) {
        return summariesByRanking.getOrDefault(key, List.of());
    }

    List<MartRow> goals(UnitYearKey key) {
        return goalsByUnitYear.getOrDefault(key, List.of());
    }

    List<MartRow> goalItems(UnitYearKey key) {
        return goalItemsByUnitYear.getOrDefault(key, List.of());
    }

    List<MartRow> tasks(String unitId) {
        return tasksByUnit.getOrDefault(unitId, List.of());
    }

    /** Every task of the province by file and line. */
    List<MartRow> tasks() {
        return tasks;
    }
}
