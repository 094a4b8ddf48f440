package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;
import vn.parindex.text.Names;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.RankingOrder;

/**
 * One published snapshot: what every page may need across provinces, held from start-up (the manifest, the
 * unit_year and units marts, plan_tasks, the quality summary, the lookups over them), and each province's rows of
 * the big marts (component_year, loss_drivers, …) read from its partition on first use into a bounded cache.
 */
public final class Snapshot {

    private final Manifest manifest;
    private final QualityIssues qualityIssues;
    private final List<MartRow> unitYearRows;
    private final List<MartRow> unitRows;
    private final SliceCache slices;
    private final TypeDomains typeDomains;
    private final boolean plansKnown;
    private final boolean goalItemsKnown;
    private final Map<RankingKey, List<MartRow>> rankings;
    private final Map<String, List<MartRow>> unitYearsByUnit;
    private final Map<String, List<MartRow>> unitYearsByType;
    private final Map<String, List<MartRow>> unitsById;
    private final Map<String, List<MartRow>> unitsBySuccessor;
    private final Map<String, MartRow> taskDetailsByLine;
    private final Map<String, String> provinceByKey = new HashMap<>();
    private final Map<String, List<String>> provincesByFolded;
    private final Map<String, List<String>> unitIdsByFolded;
    private final List<String> provinces;
    private final List<RankingKey> rankingKeys;

    /**
     * @param unitYears the whole unit_year mart; units and planTasks likewise
     * @param slices    where the province slices come from
     * @param plansKnown whether the snapshot has plan data (goal_gaps or task_status rows) at all
     * @param goalItemsKnown whether it has the goal_items mart (published after the goal gaps)
     */
    Snapshot(Manifest manifest, Table unitYears, Table units, Table planTasks, QualityIssues qualityIssues,
             SliceCache slices, TypeDomains typeDomains, boolean plansKnown, boolean goalItemsKnown) {
        this.manifest = manifest;
        this.qualityIssues = qualityIssues;
        this.unitYearRows = inProvinceOrder(unitYears.rows());
        this.unitRows = units.rows();
        this.slices = slices;
        this.typeDomains = typeDomains;
        this.plansKnown = plansKnown;
        this.goalItemsKnown = goalItemsKnown;
        Comparator<MartRow> byRankThenName = RankingOrder.of((MartRow r) -> r.get(Columns.RANK), r -> r.get(Columns.UNIT_NAME),
                r -> r.get(Columns.UNIT_ID));
        Comparator<MartRow> byIndexThenYear = Comparator.comparing((MartRow r) -> String.valueOf(r.get(Columns.INDEX)))
                .thenComparing(Grouping.byNumber(Columns.YEAR));
        rankings = Grouping.by(unitYearRows, RankingKey::of, byRankThenName);
        unitYearsByUnit = Grouping.by(unitYearRows, r -> r.get(Columns.UNIT_ID), byIndexThenYear);
        unitYearsByType = Grouping.by(unitYearRows, r -> r.get(Columns.UNIT_TYPE), byIndexThenYear);
        unitsById = Grouping.by(unitRows, r -> r.get(Columns.UNIT_ID), null);
        unitsBySuccessor = Grouping.by(unitRows.stream().filter(r -> r.get(Columns.SUCCESSOR_ID) != null)
                .toList(), r -> r.get(Columns.SUCCESSOR_ID), null);
        taskDetailsByLine = new HashMap<>();
        planTasks.rows().forEach(r -> taskDetailsByLine.put(r.get(Columns.FILE) + ":" + r.get(Columns.LINE), r));
        rankings.keySet().forEach(k -> provinceByKey.putIfAbsent(Names.key(k.province()), k.province()));
        provinces = provinceByKey.values().stream().sorted(RankingOrder.VIETNAMESE).toList();
        provincesByFolded = foldedIndex(provinces);
        unitIdsByFolded = foldedIndex(unitYearsByUnit.keySet().stream().sorted().toList());
        rankingKeys = rankings.keySet().stream().sorted(Comparator.comparing(RankingKey::province, RankingOrder.VIETNAMESE)
                .thenComparing(RankingKey::tier).thenComparing(RankingKey::index)
                .thenComparing(RankingKey::year)).toList();
    }

    /**
     * The rows by province in Vietnamese order, each province's in file order: the same order whether the mart is
     * partitioned (read partition by partition) or not, so that lists made from several provinces (a unit type's
     * units, a comparison's lines) do not depend on how the batch laid the files out.
     */
    private static List<MartRow> inProvinceOrder(List<MartRow> rows) {
        Map<String, Integer> position = new HashMap<>();
        rows.stream().map(r -> String.valueOf(r.get(Columns.PROVINCE))).distinct().sorted(RankingOrder.VIETNAMESE)
                .forEach(p -> position.put(p, position.size()));
        List<MartRow> sorted = new java.util.ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> position.get(String.valueOf(r.get(Columns.PROVINCE)))));
        return List.copyOf(sorted);
    }

    public String id() {
        return manifest.id();
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Every unit_year row (held in memory: a few tens of bytes a row, see the README). */
    public List<MartRow> allUnitYears() {
        return unitYearRows;
    }

    /** Every row of the units mart (reference data: one row per unit). */
    public List<MartRow> units() {
        return unitRows;
    }

    /** Whether the snapshot has plan data at all: one published before the plans has neither goals nor tasks. */
    public boolean plansKnown() {
        return plansKnown;
    }

    /** Whether the snapshot has goal_items: one published before it has the goal gaps' totals only. */
    public boolean goalItemsKnown() {
        return goalItemsKnown;
    }

    /** The province a unit belongs to: from its results, else from the units mart. */
    public Optional<String> provinceOf(String unitId) {
        List<MartRow> rows = unitYearsByUnit.get(unitId);
        if (rows != null) {
            return Optional.ofNullable(rows.get(0).get(Columns.PROVINCE));
        }
        return unit(unitId).map(u -> u.get(Columns.PROVINCE));
    }

    /**
     * A province's rows of the big marts, read from its partition on first use.
     *
     * @throws java.io.UncheckedIOException when its files cannot be read (other provinces are unaffected)
     */
    public ProvinceSlice slice(String province) {
        return slices.get(province);
    }

    /**
     * The domain rows (domain_year: name, attainment, provenance) of every unit of the type in the year, by unit-year,
     * read from that type's partition; empty for a snapshot published before domain_year.
     */
    public Optional<Map<UnitYearKey, List<MartRow>>> domainsOfType(String unitType, int year) {
        return unitType == null ? Optional.empty() : typeDomains.of(unitType, year);
    }

    /** The slice cache's bound, content and counts. */
    public SliceCache.Stats sliceStats() {
        return slices.stats();
    }

    /** A province as the data writes it (what a request names is never read unless it is one). */
    private boolean known(String province) {
        return province != null && province.equals(provinceByKey.get(Names.key(province)));
    }

    private Optional<ProvinceSlice> sliceOfUnit(String unitId) {
        return provinceOf(unitId).map(this::slice);
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
    public List<MartRow> ranking(RankingKey key) {
        return rankings.getOrDefault(key, List.of());
    }

    public List<MartRow> unitYears(String unitId) {
        return unitYearsByUnit.getOrDefault(unitId, List.of());
    }

    public List<MartRow> unitYears(String unitId, String index) {
        return unitYears(unitId).stream().filter(r -> index.equals(r.get(Columns.INDEX))).toList();
    }

    /** The unit as units.csv describes it (years of existence, successor), when the snapshot has it. */
    public Optional<MartRow> unit(String unitId) {
        return unitsById.getOrDefault(unitId, List.of()).stream().findFirst();
    }

    /** The units that were merged into this one (their successor_id names it). */
    public List<MartRow> predecessors(String unitId) {
        return unitsBySuccessor.getOrDefault(unitId, List.of());
    }

    public List<String> unitTypes() {
        return new TreeSet<>(unitYearsByType.keySet()).stream().toList();
    }

    public List<MartRow> unitYearsOfType(String unitType) {
        return unitYearsByType.getOrDefault(unitType, List.of());
    }

    public List<MartRow> components(UnitYearKey key) {
        return sliceOfUnit(key.unitId()).map(s -> s.components(key)).orElse(List.of());
    }

    public List<MartRow> lossDrivers(UnitYearKey key) {
        return sliceOfUnit(key.unitId()).map(s -> s.lossDrivers(key)).orElse(List.of());
    }

    public List<MartRow> targets(String unitId) {
        return sliceOfUnit(unitId).map(s -> s.targets(unitId)).orElse(List.of());
    }

    /** The unit-year's goal_gaps rows, in the extract's order (next_rank first, then targets in file order). */
    public List<MartRow> goals(UnitYearKey key) {
        return sliceOfUnit(key.unitId()).map(s -> s.goals(key)).orElse(List.of());
    }

    /** The unit-year's goal_items rows (its deepest scored items with the goal year's maxima), in code order. */
    public List<MartRow> goalItems(UnitYearKey key) {
        return sliceOfUnit(key.unitId()).map(s -> s.goalItems(key)).orElse(List.of());
    }

    /** The unit's plan tasks (task_status rows) by file and line. */
    public List<MartRow> tasks(String unitId) {
        return sliceOfUnit(unitId).map(s -> s.tasks(unitId)).orElse(List.of());
    }

    public List<MartRow> tasksOfProvince(String province) {
        return known(province) ? slice(province).tasks() : List.of();
    }

    /** A task's output and partners (plan_tasks mart), which the task_status extract leaves out. */
    public Optional<MartRow> taskDetails(String file, int line) {
        return Optional.ofNullable(taskDetailsByLine.get(file + ":" + line));
    }

    /** The quality report: counts and the first errors of each file in memory, pages from disk. */
    public QualityIssues qualityIssues() {
        return qualityIssues;
    }

    public List<MartRow> provinceSummary(RankingKey key) {
        return known(key.province()) ? slice(key.province()).provinceSummary(key) : List.of();
    }

    public List<MartRow> unreconciled() {
        return unitYearRows.stream().filter(r -> Boolean.FALSE.equals(r.get(Columns.RECONCILED))).toList();
    }
}
