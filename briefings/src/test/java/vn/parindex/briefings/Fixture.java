package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.LossDriver;
import vn.parindex.marts.records.ProvinceItem;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.marts.records.TableKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ranking table written out by hand: four units of one province over two years, one of them unranked, two
 * with hostile names (one of them synthetic), items on two levels, loss drivers, targets of every status and kind.
 * Beside it, Lào Cai: a department table that shrank from 19 to 14 units, whose Sở TT&amp;TT has a published total
 * that does not reconcile (LCI-STTTT 2022: 87.13 published, 83.46 recomputed on a 50-point tree), and the partial
 * national table (Lào Cai 11/63 published, Bắc Kạn 63/63 with a rank only) with PAPI on its 80-point scale.
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
    static final String SYNTHETIC_SOURCE = "bộ sinh số liệu mẫu";
    static final SnapshotInfo SNAPSHOT = new SnapshotInfo("20240101T000000000Z-abcdef12",
            Instant.parse("2024-01-01T00:00:00Z"));

    static final String LAO_CAI = "Lào Cai";
    static final TableKey LAO_CAI_2022 = new TableKey(LAO_CAI, TIER, INDEX, 2022);
    static final UnitYear STTTT_2022 = new UnitYear("LCI-STTTT", INDEX, 2022);
    static final String DECISION = "QĐ 456/QĐ-UBND ngày 01/3/2023";
    static final String NATIONAL = "Việt Nam";
    static final TableKey NATIONAL_2021 = new TableKey(NATIONAL, "province", INDEX, 2021);
    static final UnitYear PAPI_2021 = new UnitYear("VN-LCI", "PAPI", 2021);

    /** Units in their 2024 ranking order: T-NV first, T-M and T-F tied second (by name: '<' before '='), T-TP unranked. */
    static final List<UnitResult> UNITS_2024 = List.of(
            unit("T-NV", "Sở Nội vụ", YEAR, 87.5, 1, 85.0, 2, true).gap(0.0).build(),
            unit("T-M", MARKUP_NAME, YEAR, 80.25, 2, 70.0, 3, null).provenance("synthetic", SYNTHETIC_SOURCE)
                    .gap(7.25).build(),
            unit("T-F", FORMULA_NAME, YEAR, 80.25, 2, 86.0, 1, false).gap(7.25).build(),
            unit("T-TP", "Sở Tư pháp", YEAR, null, null, null, null, null).build());

    private Fixture() {
    }

    private static UnitRow unit(String id, String name, int year, Double value, Integer rank, Double prev,
                                Integer prevRank, Boolean reconciled) {
        return new UnitRow(PROVINCE, TIER, INDEX, id, name, year).value(value).rank(rank, rank == null ? null : 3,
                "computed").previous(prev, prevRank, prevRank == null ? null : 3).reconciled(reconciled);
    }

    private static ItemResult item(String unitId, int year, String code, String name, double max, double score,
                                   Integer rank, String provenance) {
        int level = code.split("\\.").length;
        return new ItemResult(unitId, INDEX, year, code, level, name, max, score, null, max - score,
                Math.round(10000 * score / max) / 100.0, year == YEAR ? 0.5 : null, year == YEAR ? 1.25 : null,
                rank, 3, provenance);
    }

    static List<UnitResult> units() {
        List<UnitResult> units = new ArrayList<>(UNITS_2024);
        units.add(unit("T-NV", "Sở Nội vụ", 2023, 85.0, 2, null, null, true).build());
        units.add(unit("T-F", FORMULA_NAME, 2023, 86.0, 1, null, null, true).build());
        units.add(unit("T-M", MARKUP_NAME, 2023, 70.0, 3, null, null, true).provenance("synthetic", null).build());
        units.add(new UnitRow(LAO_CAI, TIER, INDEX, "LCI-STTTT", "Sở TT&TT", 2022).published(87.13, 83.46, 50)
                .rank(3, 14, "computed").previous(91.80, 19, 19).provenance("published", DECISION).gap(2.87).build());
        units.add(new UnitRow(LAO_CAI, TIER, INDEX, "LCI-STTTT", "Sở TT&TT", 2021).value(91.80)
                .rank(19, 19, "computed").provenance("derived", "suy từ mức giảm 4,67 điểm công bố năm 2022")
                .build());
        units.add(new UnitRow(LAO_CAI, TIER, INDEX, "LCI-SNV", "Sở Nội vụ", 2022).value(90.0)
                .rank(1, 14, "computed").previous(88.0, 2, 19).provenance("synthetic", null).gap(0.0).build());
        units.add(new UnitRow(NATIONAL, "province", INDEX, "VN-LCI", "Lào Cai", 2021).value(85.84)
                .rank(11, 63, "published").build());
        units.add(new UnitRow(NATIONAL, "province", INDEX, "VN-BKN", "Bắc Kạn", 2021).rank(63, 63, "published")
                .build());
        units.add(new UnitRow(NATIONAL, "province", "PAPI", "VN-LCI", "Lào Cai", 2021).papi(43.85, 80)
                .rank(40, 63, "published").provenance("third_party", "PAPI 2021, bộ dữ liệu tổng hợp").build());
        return units;
    }

    static List<ItemResult> items() {
        List<ItemResult> items = new ArrayList<>();
        String[] ids = {"T-NV", "T-F", "T-M"};
        double[][] domainScores = {{9, 17}, {8, 16}, {7.5, 18}};
        for (int year : new int[] {2023, YEAR}) {
            for (int u = 0; u < ids.length; u++) {
                double first = domainScores[u][0] - (year == 2023 ? 1 : 0);
                // T-NV's items come without provenance, as marts written before the column existed
                String provenance = ids[u].equals("T-M") ? "synthetic" : ids[u].equals("T-NV") ? null : "published";
                items.add(item(ids[u], year, "1", DOMAIN_1, 10, first, u + 1, provenance));
                items.add(item(ids[u], year, "1.1", "Kế hoạch CCHC", 4, 4, 1, provenance));
                items.add(item(ids[u], year, "1.2", "Báo cáo CCHC", 6, first - 4, u + 1, provenance));
                items.add(item(ids[u], year, "2", DOMAIN_2, 20, domainScores[u][1], 3 - u, provenance));
            }
        }
        // LCI-STTTT 2022 on a 50-point tree: 2.5 and 5.77 points lost are 5.00 and 11.54 index points (16.54)
        items.add(new ItemResult("LCI-STTTT", INDEX, 2022, "1", 1, DOMAIN_1, 20.0, 17.5, null, 2.5, 87.5, null,
                null, 2, 14, "published"));
        items.add(new ItemResult("LCI-STTTT", INDEX, 2022, "2", 1, DOMAIN_2, 30.0, 24.23, null, 5.77, 80.77, null,
                null, 5, 14, "published"));
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
                new TargetResult("T-NV", INDEX, YEAR, "TOTAL", "rank_improve", 1.0, 1.0, "met", 0.0),
                new TargetResult("T-NV", INDEX, YEAR, "2", "max", 20.0, 17.0, "missed", -3.0),
                new TargetResult("T-NV", INDEX, YEAR, "1", "increase_points", null, null, "pending", null));
    }

    static BriefingData data() {
        return new BriefingData(SNAPSHOT, units(), items(), lossDrivers(), provinceItems(), targets());
    }
}
