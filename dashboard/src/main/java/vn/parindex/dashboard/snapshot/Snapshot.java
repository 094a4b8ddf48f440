package vn.parindex.dashboard.snapshot;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.RankingOrder;

/** One published snapshot held in memory: its manifest, its tables and the lookups the views need. */
public final class Snapshot {

    private final Manifest manifest;
    private final QualityIssues qualityIssues;
    private final Map<String, Table> tables;
    private final Map<RankingKey, List<Row>> rankings;
    private final Map<String, List<Row>> unitYearsByUnit;
    private final Map<String, List<Row>> unitYearsByType;
    private final Map<String, List<Row>> unitsById;
    private final Map<String, List<Row>> unitsBySuccessor;
    private final Map<UnitYearKey, List<Row>> componentsByUnitYear;
    private final Map<UnitYearKey, List<Row>> lossDriversByUnitYear;
    private final Map<String, List<Row>> targetsByUnit;
    private final Map<RankingKey, List<Row>> summariesByRanking;
    private final Map<UnitYearKey, List<Row>> goalsByUnitYear;
    private final Map<String, List<Row>> tasksByUnit;
    private final Map<String, List<Row>> tasksByProvince;
    private final Map<String, Row> taskDetailsByLine;
    private final Map<String, String> provinceByKey = new HashMap<>();
    private final Map<String, List<String>> provincesByFolded;
    private final Map<String, List<String>> unitIdsByFolded;
    private final List<String> provinces;
    private final List<RankingKey> rankingKeys;

    public Snapshot(Manifest manifest, Map<String, Table> tables) {
        this(manifest, tables, QualityIssues.none());
    }

    public Snapshot(Manifest manifest, Map<String, Table> tables, QualityIssues qualityIssues) {
        this.manifest = manifest;
        this.qualityIssues = qualityIssues;
        this.tables = Map.copyOf(tables);
        List<Row> unitYears = table(Marts.UNIT_YEAR).rows();
        Comparator<Row> byRankThenName = RankingOrder.of((Row r) -> r.number("rank"), r -> r.str("unit_name"),
                r -> r.str("unit_id"));
        Comparator<Row> byIndexThenYear = Comparator.comparing((Row r) -> String.valueOf(r.str("index")))
                .thenComparing(Grouping.byNumber("year"));
        rankings = Grouping.by(unitYears, RankingKey::of, byRankThenName);
        unitYearsByUnit = Grouping.by(unitYears, r -> r.str("unit_id"), byIndexThenYear);
        unitYearsByType = Grouping.by(unitYears, r -> r.str("unit_type"), byIndexThenYear);
        unitsById = Grouping.by(table(Marts.UNITS).rows(), r -> r.str("unit_id"), null);
        unitsBySuccessor = Grouping.by(table(Marts.UNITS).rows().stream().filter(r -> r.str("successor_id") != null)
                .toList(), r -> r.str("successor_id"), null);
        componentsByUnitYear = Grouping.by(table(Marts.COMPONENT_YEAR).rows(), UnitYearKey::of, null);
        lossDriversByUnitYear = Grouping.by(table(Marts.LOSS_DRIVERS).rows(), UnitYearKey::of,
                Grouping.byNumber("position"));
        targetsByUnit = Grouping.by(table(Marts.TARGET_STATUS).rows(), r -> r.str("unit_id"),
                Grouping.byNumber("year"));
        summariesByRanking = Grouping.by(table(Marts.PROVINCE_SUMMARY).rows(), RankingKey::of, null);
        goalsByUnitYear = Grouping.by(table(Marts.GOAL_GAPS).rows(), UnitYearKey::of, null);
        Comparator<Row> byFileAndLine = Comparator.comparing((Row r) -> String.valueOf(r.str("file")))
                .thenComparing(Grouping.byNumber("line"));
        tasksByUnit = Grouping.by(table(Marts.TASK_STATUS).rows(), r -> r.str("unit_id"), byFileAndLine);
        tasksByProvince = Grouping.by(table(Marts.TASK_STATUS).rows(), r -> r.str("province"), byFileAndLine);
        taskDetailsByLine = new HashMap<>();
        table(Marts.PLAN_TASKS).rows().forEach(r -> taskDetailsByLine.put(r.str("file") + ":" + r.integer("line"), r));
        rankings.keySet().forEach(k -> provinceByKey.putIfAbsent(Names.key(k.province()), k.province()));
        provinces = provinceByKey.values().stream().sorted(RankingOrder.VIETNAMESE).toList();
        provincesByFolded = foldedIndex(provinces);
        unitIdsByFolded = foldedIndex(unitYearsByUnit.keySet().stream().sorted().toList());
        rankingKeys = rankings.keySet().stream().sorted(Comparator.comparing(RankingKey::province, RankingOrder.VIETNAMESE)
                .thenComparing(RankingKey::tier).thenComparing(RankingKey::index)
                .thenComparing(RankingKey::year)).toList();
    }

    public String id() {
        return manifest.id();
    }

    public Manifest manifest() {
        return manifest;
    }

    public Table table(MartSchema mart) {
        Table table = tables.get(mart.name());
        if (table == null) {
            throw new IllegalStateException("snapshot " + id() + " has no table " + mart.name());
        }
        return table;
    }

    public List<String> provinces() {
        return provinces;
    }

    /** The province as written in the data, matched exactly, in NFC/NFD or in any case. */
    public Optional<String> province(String asTyped) {
        return Optional.ofNullable(provinceByKey.get(Names.key(asTyped)));
    }

    /** Provinces whose name matches without tone marks or case ("Lao Cai" → Lào Cai), for a "did you mean". */
    public List<String> provincesLike(String asTyped) {
        return provincesByFolded.getOrDefault(Names.folded(asTyped), List.of());
    }

    /** The unit id as written in the data: exactly, else in any case and without marks when only one matches. */
    public Optional<String> unitId(String asTyped) {
        if (unitYearsByUnit.containsKey(asTyped)) {
            return Optional.of(asTyped);
        }
        List<String> like = unitIdsByFolded.getOrDefault(Names.folded(asTyped), List.of());
        return like.size() == 1 ? Optional.of(like.get(0)) : Optional.empty();
    }

    private static Map<String, List<String>> foldedIndex(List<String> names) {
        Map<String, List<String>> index = new HashMap<>();
        names.forEach(n -> index.computeIfAbsent(Names.folded(n), k -> new java.util.ArrayList<>()).add(n));
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }

    /** Every ranking table, by province, tier, index, year. */
    public List<RankingKey> rankingKeys() {
        return rankingKeys;
    }

    public List<Integer> years(String province, String tier, String index) {
        return rankingKeys.stream().filter(k -> k.province().equals(province) && k.tier().equals(tier)
                && k.index().equals(index)).map(RankingKey::year).toList();
    }

    /** The ranking table's rows by rank, unranked rows last. */
    public List<Row> ranking(RankingKey key) {
        return rankings.getOrDefault(key, List.of());
    }

    public List<Row> unitYears(String unitId) {
        return unitYearsByUnit.getOrDefault(unitId, List.of());
    }

    public List<Row> unitYears(String unitId, String index) {
        return unitYears(unitId).stream().filter(r -> index.equals(r.str("index"))).toList();
    }

    /** The unit as units.csv describes it (years of existence, successor), when the snapshot has it. */
    public Optional<Row> unit(String unitId) {
        return unitsById.getOrDefault(unitId, List.of()).stream().findFirst();
    }

    /** The units that were merged into this one (their successor_id names it). */
    public List<Row> predecessors(String unitId) {
        return unitsBySuccessor.getOrDefault(unitId, List.of());
    }

    public List<String> unitTypes() {
        return new TreeSet<>(unitYearsByType.keySet()).stream().toList();
    }

    public List<Row> unitYearsOfType(String unitType) {
        return unitYearsByType.getOrDefault(unitType, List.of());
    }

    public List<Row> components(UnitYearKey key) {
        return componentsByUnitYear.getOrDefault(key, List.of());
    }

    public List<Row> lossDrivers(UnitYearKey key) {
        return lossDriversByUnitYear.getOrDefault(key, List.of());
    }

    public List<Row> targets(String unitId) {
        return targetsByUnit.getOrDefault(unitId, List.of());
    }

    /** The unit-year's goal_gaps rows, in the extract's order (next_rank first, then targets in file order). */
    public List<Row> goals(UnitYearKey key) {
        return goalsByUnitYear.getOrDefault(key, List.of());
    }

    /** The unit's plan tasks (task_status rows) by file and line. */
    public List<Row> tasks(String unitId) {
        return tasksByUnit.getOrDefault(unitId, List.of());
    }

    public List<Row> tasksOfProvince(String province) {
        return tasksByProvince.getOrDefault(province, List.of());
    }

    /** A task's output and partners (plan_tasks mart), which the task_status extract leaves out. */
    public Optional<Row> taskDetails(String file, int line) {
        return Optional.ofNullable(taskDetailsByLine.get(file + ":" + line));
    }

    /** The quality report: counts and the first errors of each file in memory, pages from disk. */
    public QualityIssues qualityIssues() {
        return qualityIssues;
    }

    public List<Row> provinceSummary(RankingKey key) {
        return summariesByRanking.getOrDefault(key, List.of());
    }

    public List<Row> unreconciled() {
        return table(Marts.UNIT_YEAR).rows().stream().filter(r -> Boolean.FALSE.equals(r.bool("reconciled"))).toList();
    }
}
