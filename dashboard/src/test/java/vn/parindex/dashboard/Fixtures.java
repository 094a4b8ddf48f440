package vn.parindex.dashboard;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A small warehouse: Lào Cai departments on PAR in 2023 and 2024 (one unit with a name full of markup and
 * quotes, one merged unit, one unranked), one Bắc Kạn department of the same type in 2024, components, loss
 * drivers, targets, and a quarantined file whose name and message carry markup.
 */
public final class Fixtures {
    public static final String EVIL_NAME = "<script>alert(\"x\")</script> Sở \"Tư pháp\" & 'Co'";
    public static final String EVIL_DOMAIN = "Cải cách <b>thủ tục</b> \"hành chính\"";
    public static final String EVIL_MESSAGE = "<img src=x onerror=alert(1)> bad value";
    public static final String LAO_CAI = "Lào Cai";

    private Fixtures() {
    }

    /** Publishes the standard snapshot under the given id and returns the warehouse. */
    public static TestWarehouse standard(Path root, String id) throws IOException {
        return standard(new TestWarehouse(root), id);
    }

    /** The standard snapshot written into the given warehouse (e.g. a partitioned one). */
    public static TestWarehouse standard(TestWarehouse w, String id) throws IOException {
        standardRows(w);
        w.publish(id);
        return w;
    }

    /** The standard snapshot plus {@link PlannerFixtures}: partial tables, PAPI, provenance, LCI-STTTT 2022. */
    public static TestWarehouse planner(Path root, String id) throws IOException {
        return planner(new TestWarehouse(root), id);
    }

    /** The planner snapshot written into the given warehouse (e.g. a partitioned one). */
    public static TestWarehouse planner(TestWarehouse w, String id) throws IOException {
        standardRows(w);
        PlannerFixtures.add(w);
        w.publish(id);
        return w;
    }

    private static void standardRows(TestWarehouse w) {
        unitYear(w, LAO_CAI, 2023, "LCI-EVIL", EVIL_NAME, "TUPHAP", 85.25, 1, 3, null, null, true, 0.0);
        unitYear(w, LAO_CAI, 2023, "LCI-STP", "Sở Tài chính", "TAICHINH", 80.5, 2, 3, null, null, true, 4.75);
        unitYear(w, LAO_CAI, 2023, "LCI-OLD", "Sở Cũ", "CU", 70.0, 3, 3, null, null, true, 15.25);
        unitYear(w, LAO_CAI, 2024, "LCI-EVIL", EVIL_NAME, "TUPHAP", 86.0, 1, 3, 85.25, 1, false, 0.0);
        unitYear(w, LAO_CAI, 2024, "LCI-STP", "Sở Tài chính", "TAICHINH", 82.0, 2, 3, 80.5, 2, true, 4.0);
        unitYear(w, LAO_CAI, 2024, "LCI-NEW", "Sở Mới", "MOI", 75.0, 3, 3, 70.0, 3, true, 11.0);
        unitYear(w, LAO_CAI, 2024, "LCI-NONE", "Sở Chưa chấm", "CHUA", null, null, null, null, null, null, null);
        unitYear(w, "Bắc Kạn", 2024, "BKN-STP", "Sở Tư pháp", "TUPHAP", 78.0, 1, 1, null, null, true, 0.0);
        w.add("units", "unit_id", "LCI-OLD", "province", LAO_CAI, "tier", "department", "unit_name", "Sở Cũ",
                "unit_type", "CU", "valid_from", 2023, "valid_to", 2023, "successor_id", "LCI-NEW");
        w.add("units", "unit_id", "LCI-NEW", "province", LAO_CAI, "tier", "department", "unit_name", "Sở Mới",
                "unit_type", "MOI", "valid_from", 2024);
        for (String unit : new String[]{"LCI-EVIL", "LCI-STP", "LCI-OLD"}) {
            domains(w, LAO_CAI, 2023, unit, 30.0, 40.0, null, null);
        }
        domains(w, LAO_CAI, 2024, "LCI-EVIL", 32.0, 44.0, 2.0, 4.0);
        domains(w, LAO_CAI, 2024, "LCI-STP", 35.0, 37.0, 5.0, -3.0);
        domains(w, LAO_CAI, 2024, "LCI-NEW", 30.0, 35.0, 0.0, -5.0);
        domains(w, "Bắc Kạn", 2024, "BKN-STP", 33.0, 35.0, null, null);
        w.add("component_year", "province", LAO_CAI, "tier", "department", "year", 2024, "index", "PAR",
                "unit_id", "LCI-EVIL", "code", "1.1", "parent_code", "1", "level", 2, "name", "Công khai <i>TTHC</i>",
                "kind", "assessed", "max_points", 10.0, "score", 8.0, "self_score", 9.5, "points_lost", 2.0,
                "attainment", 80.0);
        w.add("loss_drivers", "province", LAO_CAI, "year", 2024, "index", "PAR", "unit_id", "LCI-EVIL",
                "position", 1, "code", "2", "name", "Tổ chức bộ máy", "points_lost", 6.0, "share_of_loss", 75.0);
        w.add("loss_drivers", "province", LAO_CAI, "year", 2024, "index", "PAR", "unit_id", "LCI-EVIL",
                "position", 2, "code", "1.1", "name", "Công khai <i>TTHC</i>", "points_lost", 2.0, "share_of_loss", 25.0);
        for (int year : new int[]{2023, 2024}) {
            w.add("province_summary", "province", LAO_CAI, "tier", "department", "year", year, "index", "PAR",
                    "code", "1", "units", 3, "mean_attainment", 80.0, "min_attainment", 75.0,
                    "max_attainment", 87.5, "total_points_lost", 18.0);
            w.add("province_summary", "province", LAO_CAI, "tier", "department", "year", year, "index", "PAR",
                    "code", "2", "units", 3, "mean_attainment", 82.0, "min_attainment", 70.0,
                    "max_attainment", 88.0, "total_points_lost", 24.0);
        }
        target(w, "TOTAL", "rank_at_most", 2.0, 1.0, "met", 1.0);
        target(w, "1", "max", 40.0, 32.0, "missed", -8.0);
        target(w, "2", "increase_points", null, null, "pending", null);
        w.issue("error,scores/<b>bad</b>.csv,3,score,not_a_number,\"" + EVIL_MESSAGE.replace("\"", "\"\"")
                + "\",file quarantined");
        w.issue("warning,scores/national/par.csv,2,score,rank_differs,\"published RANK 2, computed 1\","
                + "\"reported, value kept as published\"");
        w.quarantine("scores/<b>bad</b>.csv");
    }

    static void unitYear(TestWarehouse w, String province, int year, String unit, String name, String type,
                         Double value, Integer rank, Integer rankOf, Double prev, Integer prevRank, Boolean reconciled,
                         Double gapToBest) {
        w.add("unit_year", "province", province, "tier", "department", "year", year, "index", "PAR",
                "unit_id", unit, "unit_name", name, "unit_type", type, "score_total", value, "max_total",
                value == null ? null : Double.valueOf(100), "index_value", value, "official_value", value,
                "points_lost", minus(100.0, value), "rank", rank, "rank_of", rankOf,
                "prev_value", prev, "delta", minus(value, prev),
                "prev_rank", prevRank, "rank_change", prevRank == null || rank == null ? null : Integer.valueOf(prevRank - rank),
                "reported_total", Boolean.FALSE.equals(reconciled) ? Double.valueOf(85) : value,
                "reported_rank", Boolean.FALSE.equals(reconciled) ? Integer.valueOf(2) : rank, "reconciled", reconciled,
                "rank_basis", rank == null ? null : "computed", "prev_rank_of", prevRank == null ? null : rankOf,
                "provenance", "published", "gap_to_best", gapToBest);
    }

    private static void domains(TestWarehouse w, String province, int year, String unit, double first,
                                double second, Double firstDelta, Double secondDelta) {
        w.add("component_year", "province", province, "tier", "department", "year", year, "index", "PAR",
                "unit_id", unit, "code", "1", "level", 1, "name", EVIL_DOMAIN, "kind", "assessed",
                "max_points", 40.0, "score", first, "self_score", first + 1, "points_lost", 40 - first,
                "attainment", first * 2.5, "delta_points", firstDelta,
                "delta_attainment", firstDelta == null ? null : Double.valueOf(firstDelta * 2.5), "rank", 1, "rank_of", 3,
                "provenance", "published");
        w.add("component_year", "province", province, "tier", "department", "year", year, "index", "PAR",
                "unit_id", unit, "code", "2", "level", 1, "name", "Tổ chức bộ máy", "kind", "survey",
                "max_points", 60.0, "score", second, "points_lost", 60 - second, "attainment", second / 0.6,
                "delta_points", secondDelta, "delta_attainment", secondDelta == null ? null : Double.valueOf(secondDelta / 0.6),
                "rank", 2, "rank_of", 3, "provenance", "published");
    }

    private static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }

    private static void target(TestWarehouse w, String code, String kind, Double target, Double actual,
                               String status, Double gap) {
        w.add("target_status", "province", LAO_CAI, "unit_id", "LCI-EVIL", "year", 2024, "index", "PAR",
                "code", code, "kind", kind, "target", target, "actual", actual, "status", status, "gap", gap);
    }
}
