package vn.parindex.dashboard;

import java.util.List;

/**
 * What a planner reads (issue 8): the national table of provinces (63 members, 34 from 2025) held only in part,
 * with RANK-only rows; PAPI on its 80-point scale with and without dimensions; a department table shrinking from
 * 19 to 15 units in 2025 through a merger; derived, third-party and synthetic rows; and Sở TT&amp;TT Lào Cai 2022
 * with the real seed figures (87,13 published against 83,46 = 100,15/120 recomputed, 11/19, −4,67 from 91,80,
 * 7,33 behind the leader of the bundled table).
 */
public final class PlannerFixtures {
    public static final String NATIONAL = "Việt Nam";
    public static final String TUYEN_QUANG = "Tuyên Quang";
    public static final String THIRD_PARTY_URL = "https://example.org/par?nam=2024&tinh=Tuy%C3%AAn%20Quang";
    /** A source that must never become a link (and whose markup stays text). */
    public static final String SCRIPT_SOURCE = "javascript:alert(\"<b>1</b>\")";
    public static final String DERIVED_SOURCE = "Suy ra từ báo cáo năm 2022: 12,87 điểm chưa đạt, nhiều hơn 4,67";
    /** Other provinces' Sở TT&amp;TT (synthetic), so that a comparison of the type has more than 8 lines. */
    public static final List<String> TTTT_PROVINCES = List.of("Hà Giang", "Yên Bái", "Lai Châu", "Điện Biên",
            "Sơn La", "Cao Bằng", "Lạng Sơn", "Thái Nguyên");

    private static final String LAO_CAI = Fixtures.LAO_CAI;
    private static final String TTTT_NAME = "Sở Thông tin và Truyền thông";
    private static final String[] PAR_2021 = {"Công tác chỉ đạo, điều hành CCHC",
        "Xây dựng và tổ chức thực hiện văn bản QPPL", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính",
        "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Cải cách tài chính công",
        "Hiện đại hóa hành chính", "Điều tra xã hội học", "Biện pháp cải thiện Chỉ số CCHC, chỉ số PAPI"};
    private static final double[] MAX_2021 = {12, 10, 14, 9, 12, 9, 9, 20, 5};
    private static final double[] SCORE_2021 = {11, 9.5, 13, 8.5, 11, 8.5, 8.3, 17.5, 4.5};
    static final String[] PAR_2022 = {"Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế",
        "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy", "Cải cách chế độ công vụ", "Cải cách tài chính công",
        "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "Biện pháp cải thiện chỉ số PAPI",
        "Điều tra xã hội học"};
    static final double[] MAX_2022 = {16, 13, 15.5, 11, 13.5, 13, 13, 5, 20};
    static final double[] SCORE_2022 = {11.5, 9, 10.99, 9.88, 11.84, 12.52, 11.89, 3.75, 18.78};
    /** Self-assessed 2022: domains 1 and 3 above the appraisal (1,00 + 0,51), 5 below it. */
    private static final Double[] SELF_2022 = {12.5, null, 11.5, null, 11.0, null, null, null, null};
    /** The names it appeared under before (units mart, `|`-separated): search finds it by them. */
    public static final String ALIASES = "Sở Bưu chính Viễn thông Lào Cai|STTTT LC";
    /** 2022's code 8 was 2021's 9 and the other way round (prev_code). */
    private static final int[] PREV_2022 = {0, 1, 2, 3, 4, 5, 6, 8, 7};
    private static final String[] PAPI_DIMENSIONS = {"Tham gia của người dân ở cấp cơ sở", "Công khai, minh bạch",
        "Trách nhiệm giải trình với người dân", "Kiểm soát tham nhũng trong khu vực công", "Thủ tục hành chính công",
        "Cung ứng dịch vụ công", "Quản trị môi trường", "Quản trị điện tử"};
    private static final double[] PAPI_2024 = {5.3, 5.0, 5.6, 6.9, 7.2, 4.1, 4.75, 5.0};

    private PlannerFixtures() {
    }

    public static void add(TestWarehouse w) {
        national(w);
        papi(w);
        sipas(w);
        tuyenQuang(w);
        laoCai(w);
        otherTttt(w);
        PlanFixtures.add(w);
        w.issue("warning,scores/lao-cai/2022.csv,12,score,total_not_reconciled,"
                + "\"published TOTAL 87.13 differs from the computed index 83.46\",\"reported, value kept as published\"");
        w.issue("error,scores/x.csv,4,provenance,bad_provenance,\"provenance 'guess' is not one of published, derived,"
                + " third_party, synthetic\",file quarantined");
        w.issue("warning,scores/y.csv,2,score,brand_new_rule,\"a rule this dashboard does not know yet\","
                + "\"reported, value kept as published\"");
    }

    private static void national(TestWarehouse w) {
        // 2022 missing: the national table's years have a gap, as the bundled data's have
        UnitYearRow.of(NATIONAL, 2021, "VN-LCI", "UBND tỉnh Lào Cai", "UBND_TINH").set("tier", "province")
                .official(83.9, 100).set("reported_total", 83.9).rank(20, 63, "published").set("reported_rank", 20).add(w);
        UnitYearRow.of(NATIONAL, 2023, "VN-LCI", "UBND tỉnh Lào Cai", "UBND_TINH").set("tier", "province")
                .official(85.0, 100).set("reported_total", 85.0).rank(14, 63, "published").set("reported_rank", 14).add(w);
        UnitYearRow.of(NATIONAL, 2024, "VN-LCI", "UBND tỉnh Lào Cai", "UBND_TINH").set("tier", "province")
                .official(88.5, 100).set("reported_total", 88.5).rank(11, 63, "published").set("reported_rank", 11)
                .previous(85.0, 14, 63).add(w);
        UnitYearRow.of(NATIONAL, 2025, "VN-LCI", "UBND tỉnh Lào Cai", "UBND_TINH").set("tier", "province")
                .official(89.2, 100).set("reported_total", 89.2).rank(5, 34, "published").set("reported_rank", 5)
                .previous(88.5, 11, 63).add(w);
        UnitYearRow.of(NATIONAL, 2023, "VN-BKN", "UBND tỉnh Bắc Kạn", "UBND_TINH").set("tier", "province")
                .official(79.0, 100).rank(60, 63, "published").add(w);
        UnitYearRow.of(NATIONAL, 2024, "VN-BKN", "UBND tỉnh Bắc Kạn", "UBND_TINH").set("tier", "province")
                .official(78.2, 100).rank(63, 63, "published").previous(79.0, 60, 63).add(w);
        UnitYearRow.of(NATIONAL, 2025, "VN-TNG", "UBND tỉnh Thái Nguyên", "UBND_TINH").set("tier", "province")
                .official(84.0, 100).rank(20, 34, "published").previous(78.2, 63, 63).add(w);
        // RANK-only: no value, a published rank
        UnitYearRow.of(NATIONAL, 2024, "VN-TQU", "UBND tỉnh Tuyên Quang", "UBND_TINH").set("tier", "province")
                .rank(30, 63, "published").set("reported_rank", 30).provenance("third_party", SCRIPT_SOURCE).add(w);
        UnitYearRow.of(NATIONAL, 2025, "VN-TQU", "UBND tỉnh Tuyên Quang", "UBND_TINH").set("tier", "province")
                .rank(12, 34, "published").set("reported_rank", 12).previous(null, 30, 63)
                .provenance("published", "Quyết định 123/QĐ-BNV").add(w);
        unit(w, "VN-BKN", NATIONAL, "province", "UBND tỉnh Bắc Kạn", null, "UBND_TINH", 2018, 2024, "VN-TNG");
        unit(w, "VN-TNG", NATIONAL, "province", "UBND tỉnh Thái Nguyên", null, "UBND_TINH", 2025, null, null);
    }

    private static void papi(TestWarehouse w) {
        UnitYearRow.of(NATIONAL, 2023, "VN-LCI", "UBND tỉnh Lào Cai", "UBND_TINH").set("tier", "province")
                .set("index", "PAPI").official(42.5, 80).set("reported_total", 42.5).rank(25, 63, "published").add(w);
        double total = 0;
        for (double score : PAPI_2024) {
            total += score;
        }
        UnitYearRow.of(NATIONAL, 2024, "VN-LCI", "UBND tỉnh Lào Cai", "UBND_TINH").set("tier", "province")
                .set("index", "PAPI").computed(UnitYearRow.round(total), 80).reported(43.85)
                .rank(20, 63, "published").previous(42.5, 25, 63).add(w);
        for (int d = 0; d < PAPI_DIMENSIONS.length; d++) {
            component(w, NATIONAL, "province", 2024, "PAPI", "VN-LCI", String.valueOf(d + 1), PAPI_DIMENSIONS[d],
                    "survey", 10, PAPI_2024[d], null, null, "published", null);
        }
        UnitYearRow.of(NATIONAL, 2024, "VN-BKN", "UBND tỉnh Bắc Kạn", "UBND_TINH").set("tier", "province")
                .set("index", "PAPI").official(40.1, 80).rank(55, 63, "published").add(w);
    }

    /** Bắc Kạn's department also on SIPAS in its PAR year (as the bundled data has it): search opens its PAR. */
    private static void sipas(TestWarehouse w) {
        UnitYearRow.of("Bắc Kạn", 2024, "BKN-STP", "Sở Tư pháp", "TUPHAP").set("index", "SIPAS").official(81.4, 100)
                .rank(1, 1, "computed").provenance("synthetic", null).add(w);
    }

    /** 19 departments in 2024, 15 in 2025: Sở TT&amp;TT and Sở KH&amp;CN merged, three more gone; all synthetic. */
    private static void tuyenQuang(TestWarehouse w) {
        for (int i = 1; i <= 17; i++) {
            String id = String.format("TQU-D%02d", i);
            String name = "Sở số " + i;
            double v2024 = 92 - i;
            UnitYearRow.of(TUYEN_QUANG, 2024, id, name, "D" + i).computed(v2024, 100)
                    .rank(i <= 10 ? i : i + 2, 19, "computed").set("gap_to_best", 91.0 - v2024)
                    .provenance("synthetic", null).add(w);
            if (i <= 14) {
                UnitYearRow.of(TUYEN_QUANG, 2025, id, name, "D" + i).computed(v2024 + 0.5, 100)
                        .rank(i <= 10 ? i : i + 1, 15, "computed").previous(v2024, i <= 10 ? i : i + 2, 19)
                        .set("gap_to_best", 91.0 - v2024).provenance("synthetic", null).add(w);
            }
        }
        UnitYearRow.of(TUYEN_QUANG, 2023, "TQU-STTTT", TTTT_NAME, "TTTT").computed(84, 100).rank(6, 19, "computed")
                .set("gap_to_best", 6.0).provenance("synthetic", null).add(w);
        UnitYearRow.of(TUYEN_QUANG, 2024, "TQU-STTTT", TTTT_NAME, "TTTT").computed(81.5, 100)
                .rank(11, 19, "computed").previous(84.0, 6, 19).set("gap_to_best", 9.5)
                .provenance("third_party", THIRD_PARTY_URL).add(w);
        UnitYearRow.of(TUYEN_QUANG, 2023, "TQU-SKHCN", "Sở Khoa học và Công nghệ", "KHCN").computed(80, 100)
                .rank(12, 19, "computed").set("gap_to_best", 10.0).provenance("synthetic", null).add(w);
        UnitYearRow.of(TUYEN_QUANG, 2024, "TQU-SKHCN", "Sở Khoa học và Công nghệ", "KHCN").computed(80.5, 100)
                .rank(12, 19, "computed").previous(80.0, 12, 19).set("gap_to_best", 10.5)
                .provenance("synthetic", null).add(w);
        UnitYearRow.of(TUYEN_QUANG, 2025, "TQU-KHCN", "Sở Khoa học và Công nghệ", "KHCN").computed(83, 100)
                .rank(11, 15, "computed").previous(81.0, null, null).set("gap_to_best", 8.5)
                .provenance("derived", "Suy ra từ báo cáo tự đánh giá")
                .add(w);
        unit(w, "TQU-STTTT", TUYEN_QUANG, "department", TTTT_NAME, "Sở TT&TT", "TTTT", 2018, 2024, "TQU-KHCN");
        unit(w, "TQU-SKHCN", TUYEN_QUANG, "department", "Sở Khoa học và Công nghệ", "Sở KH&CN", "KHCN", 2018, 2024,
                "TQU-KHCN");
        unit(w, "TQU-KHCN", TUYEN_QUANG, "department", "Sở Khoa học và Công nghệ", "Sở KH&CN", "KHCN", 2025, null, null);
    }

    private static void laoCai(TestWarehouse w) {
        UnitYearRow.of(LAO_CAI, 2021, "LCI-STTTT", TTTT_NAME, "TTTT").computed(sum(SCORE_2021), 100).reported(91.8)
                .rank(5, 19, "computed").set("gap_to_best", 1.2).provenance("derived", DERIVED_SOURCE).add(w);
        UnitYearRow.of(LAO_CAI, 2022, "LCI-STTTT", TTTT_NAME, "TTTT").computed(sum(SCORE_2022), 120).reported(87.13)
                .rank(11, 19, "computed").set("reported_rank", 11).previous(91.8, 5, 19).set("gap_to_best", 7.33)
                .provenance("published", "Quyết định 456/QĐ-UBND tỉnh Lào Cai").add(w);
        UnitYearRow.of(LAO_CAI, 2021, "LCI-SNV", "Sở Nội vụ", "NOIVU").computed(88, 100).rank(8, 19, "computed")
                .set("gap_to_best", 5.0).provenance("synthetic", null).add(w);
        UnitYearRow.of(LAO_CAI, 2022, "LCI-SNV", "Sở Nội vụ", "NOIVU").computed(90.1, 100).rank(3, 19, "computed")
                .previous(88.0, 8, 19).set("gap_to_best", 4.36).provenance("synthetic", null).add(w);
        unit(w, "LCI-STTTT", LAO_CAI, "department", TTTT_NAME, "Sở TT&TT", "TTTT", 2018, null, null, ALIASES);
        for (int d = 0; d < 9; d++) {
            component(w, LAO_CAI, "department", 2021, "PAR", "LCI-STTTT", String.valueOf(d + 1), PAR_2021[d],
                    d == 7 ? "survey" : "assessed", MAX_2021[d], SCORE_2021[d], null, null, "synthetic", null);
            int p = PREV_2022[d];
            component(w, LAO_CAI, "department", 2022, "PAR", "LCI-STTTT", String.valueOf(d + 1), PAR_2022[d],
                    d == 8 ? "survey" : "assessed", MAX_2022[d], SCORE_2022[d], SCORE_2021[p], MAX_2021[p], "published",
                    SELF_2022[d]);
        }
        int[] worst = {2, 0, 1, 4, 7};
        for (int position = 0; position < worst.length; position++) {
            int d = worst[position];
            double lost = UnitYearRow.round(MAX_2022[d] - SCORE_2022[d]);
            w.add("loss_drivers", "province", LAO_CAI, "year", 2022, "index", "PAR", "unit_id", "LCI-STTTT",
                    "position", position + 1, "code", String.valueOf(d + 1), "name", PAR_2022[d], "points_lost", lost,
                    "share_of_loss", UnitYearRow.round(100 * lost / 19.85));
        }
    }

    private static void otherTttt(TestWarehouse w) {
        for (int p = 0; p < TTTT_PROVINCES.size(); p++) {
            String province = TTTT_PROVINCES.get(p);
            String id = "TTTT-" + (p + 1);
            for (int year = 2022; year <= 2024; year++) {
                UnitYearRow.of(province, year, id, TTTT_NAME, "TTTT").computed(80 + p + (year - 2022) * 0.5, 100)
                        .rank(null, 19, null).provenance("synthetic", null).add(w);
            }
        }
    }

    static void component(TestWarehouse w, String province, String tier, int year, String index, String unit,
                                  String code, String name, String kind, double max, double score, Double prevScore,
                                  Double prevMax, String provenance, Double selfScore) {
        Double delta = prevScore == null ? null : UnitYearRow.round(score - prevScore);
        Double deltaAttainment = prevScore == null ? null
                : UnitYearRow.round(100 * score / max - 100 * prevScore / prevMax);
        w.add("component_year", "province", province, "tier", tier, "year", year, "index", index, "unit_id", unit,
                "code", code, "level", 1, "name", name, "kind", kind, "max_points", max, "score", score, "self_score", selfScore,
                "points_lost", UnitYearRow.round(max - score), "attainment", UnitYearRow.round(100 * score / max),
                "prev_score", prevScore, "prev_max", prevMax, "delta_points", delta, "delta_attainment", deltaAttainment,
                "max_changed", prevMax == null ? null : prevMax != max, "provenance", provenance);
    }

    private static void unit(TestWarehouse w, String id, String province, String tier, String name, String shortName,
                             String type, Integer from, Integer to, String successor) {
        unit(w, id, province, tier, name, shortName, type, from, to, successor, null);
    }

    private static void unit(TestWarehouse w, String id, String province, String tier, String name, String shortName,
                             String type, Integer from, Integer to, String successor, String aliases) {
        w.add("units", "unit_id", id, "province", province, "tier", tier, "unit_name", name, "short_name", shortName,
                "unit_type", type, "valid_from", from, "valid_to", to, "successor_id", successor, "aliases", aliases);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return UnitYearRow.round(total);
    }
}
