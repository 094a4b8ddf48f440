package vn.parindex.briefings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ranking table written out by hand: four units of one province over two years, one of them unranked, two
 * with hostile names, items on two levels, loss drivers, targets of every status.
 */
final class Fixture {
    static final String PROVINCE = "Tỉnh Thử Nghiệm";
    static final String TIER = "department";
    static final String INDEX = "PAR";
    static final int YEAR = 2024;
    static final TableKey TABLE = new TableKey(PROVINCE, TIER, INDEX, YEAR);
    static final String FORMULA_NAME = "=SUM(A1)";
    static final String MARKUP_NAME = "<b>&\"quotes\"";
    static final String DOMAIN_1 = "Công tác chỉ đạo, điều hành CCHC";
    static final String DOMAIN_2 = "Cải cách thủ tục hành chính";
    static final SnapshotInfo SNAPSHOT = new SnapshotInfo("20240101T000000000Z-abcdef12",
            Instant.parse("2024-01-01T00:00:00Z"));

    /** Units in their 2024 ranking order: T-NV first, T-M and T-F tied second (by name: '<' before '='), T-TP unranked. */
    static final List<UnitResult> UNITS_2024 = List.of(
            unit("T-NV", "Sở Nội vụ", YEAR, 87.5, 1, 85.0, 2.5, 2, 1, true),
            unit("T-M", MARKUP_NAME, YEAR, 80.25, 2, 70.0, 10.25, 3, 1, null),
            unit("T-F", FORMULA_NAME, YEAR, 80.25, 2, 86.0, -5.75, 1, -1, false),
            unit("T-TP", "Sở Tư pháp", YEAR, null, null, null, null, null, null, null));

    private Fixture() {
    }

    private static UnitResult unit(String id, String name, int year, Double value, Integer rank, Double prev,
                                   Double delta, Integer prevRank, Integer rankChange, Boolean reconciled) {
        return new UnitResult(PROVINCE, TIER, year, INDEX, id, name, value, value == null ? null : 100 - value,
                rank, rank == null ? null : 3, prev, delta, prevRank, rankChange, reconciled);
    }

    private static ItemResult item(String unitId, int year, String code, String name, double max, double score,
                                   Integer rank) {
        int level = code.split("\\.").length;
        return new ItemResult(unitId, INDEX, year, code, level, name, max, score, null, max - score,
                Math.round(10000 * score / max) / 100.0, year == YEAR ? 0.5 : null, year == YEAR ? 1.25 : null,
                rank, 3);
    }

    static List<UnitResult> units() {
        List<UnitResult> units = new ArrayList<>(UNITS_2024);
        units.add(unit("T-NV", "Sở Nội vụ", 2023, 85.0, 2, null, null, null, null, true));
        units.add(unit("T-F", FORMULA_NAME, 2023, 86.0, 1, null, null, null, null, true));
        units.add(unit("T-M", MARKUP_NAME, 2023, 70.0, 3, null, null, null, null, true));
        return units;
    }

    static List<ItemResult> items() {
        List<ItemResult> items = new ArrayList<>();
        String[] ids = {"T-NV", "T-F", "T-M"};
        double[][] domainScores = {{9, 17}, {8, 16}, {7.5, 18}};
        for (int year : new int[] {2023, YEAR}) {
            for (int u = 0; u < ids.length; u++) {
                double first = domainScores[u][0] - (year == 2023 ? 1 : 0);
                items.add(item(ids[u], year, "1", DOMAIN_1, 10, first, u + 1));
                items.add(item(ids[u], year, "1.1", "Kế hoạch CCHC", 4, 4, 1));
                items.add(item(ids[u], year, "1.2", "Báo cáo CCHC", 6, first - 4, u + 1));
                items.add(item(ids[u], year, "2", DOMAIN_2, 20, domainScores[u][1], 3 - u));
            }
        }
        return items;
    }

    static List<LossDriver> lossDrivers() {
        return List.of(
                new LossDriver("T-NV", INDEX, YEAR, 1, "2", DOMAIN_2, 3.0, 75.0),
                new LossDriver("T-NV", INDEX, YEAR, 2, "1.2", "Báo cáo CCHC", 1.0, 25.0));
    }

    static List<ProvinceItem> provinceItems() {
        return List.of(
                new ProvinceItem(PROVINCE, TIER, INDEX, YEAR, "1", 3, 81.67, 75.0, 90.0, 5.5),
                new ProvinceItem(PROVINCE, TIER, INDEX, YEAR, "2", 3, 85.0, 80.0, 90.0, 9.0));
    }

    static List<TargetResult> targets() {
        return List.of(
                new TargetResult("T-NV", INDEX, YEAR, "TOTAL", "rank_at_most", 2.0, 1.0, "met", 1.0),
                new TargetResult("T-NV", INDEX, YEAR, "2", "max", 20.0, 17.0, "missed", -3.0),
                new TargetResult("T-NV", INDEX, YEAR, "1", "increase_points", null, null, "pending", null));
    }

    static BriefingData data() {
        return new BriefingData(SNAPSHOT, units(), items(), lossDrivers(), provinceItems(), targets());
    }
}
