package vn.parindex.dashboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.parindex.dashboard.TestWarehouse;
import vn.parindex.marts.MartColumn;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * A synthetic snapshot of national size, partitioned by province as the batch writes it, for measuring the dashboard
 * until the batch can publish the national input: 63 provinces × (20 departments, 11 districts, 160 communes) × 7
 * years (unit_year ≈ 84,000 rows), 33 items each (component_year ≈ 2.77 M), 5 loss drivers (≈ 420,000), one goal
 * gap per unit-year (≈ 84,000). Written one province at a time, so it needs little memory.
 * Usage: java … vn.parindex.dashboard.bench.NationalSnapshot WAREHOUSE [PROVINCES]
 */
public final class NationalSnapshot {
    private static final int FIRST_YEAR = 2018;
    private static final int YEARS = 7;
    private static final String[] TIERS = {"department", "district", "commune"};
    private static final int[] UNITS = {20, 11, 160};
    private static final int DOMAINS = 8;
    private static final int[] CRITERIA = {3, 3, 3, 3, 3, 3, 3, 4};

    private final Random random = new Random(2026);
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Path warehouse = Path.of(args[0]);
        int provinces = args.length > 1 ? Integer.parseInt(args[1]) : 63;
        new NationalSnapshot().write(warehouse, "national-synthetic", provinces);
    }

    void write(Path warehouse, String id, int provinces) throws IOException {
        Path snapshot = SnapshotLayout.snapshots(warehouse).resolve(id);
        for (int p = 1; p <= provinces; p++) {
            writeProvince(snapshot, "Tỉnh số " + p + (p % 3 == 0 ? " Đắk Lắk" : " Lào Cai"), p);
            System.err.println("province " + p + " written");
        }
        write(snapshot, Marts.PLAN_TASKS, null, List.of());
        write(snapshot, Marts.TASK_STATUS, null, List.of()); // no plans: one empty part file, as Spark writes
        Files.createDirectories(SnapshotLayout.extracts(snapshot));
        Files.writeString(SnapshotLayout.extract(snapshot, SnapshotLayout.QUALITY_ISSUES),
                "severity,file,line,column,rule,message,action\r\n", StandardCharsets.UTF_8);
        StringBuilder rowCounts = new StringBuilder();
        counts.forEach((mart, n) -> rowCounts.append(rowCounts.length() == 0 ? "" : ",")
                .append('"').append(mart).append("\":").append(n));
        Files.writeString(SnapshotLayout.manifest(snapshot), "{\"id\":\"" + id + "\",\"created_at\":"
                + "\"2026-01-02T03:04:05Z\",\"fingerprint\":\"synthetic\",\"product_version\":\"0.1.0\","
                + "\"status\":\"complete\",\"row_counts\":{" + rowCounts + "},\"input_files\":[],"
                + "\"quarantined_files\":[]}", StandardCharsets.UTF_8);
        Path link = SnapshotLayout.current(warehouse);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(SnapshotLayout.SNAPSHOTS, id));
        System.err.println("written: " + counts);
    }

    private void writeProvince(Path snapshot, String province, int p) throws IOException {
        List<Map<String, Object>> unitYears = new ArrayList<>();
        List<Map<String, Object>> units = new ArrayList<>();
        List<Map<String, Object>> components = new ArrayList<>();
        List<Map<String, Object>> drivers = new ArrayList<>();
        List<Map<String, Object>> summaries = new ArrayList<>();
        List<Map<String, Object>> goals = new ArrayList<>();
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int t = 0; t < TIERS.length; t++) {
            for (int u = 0; u < UNITS[t]; u++) {
                String unitId = "P" + p + "-" + TIERS[t].charAt(0) + u;
                String name = (t == 0 ? "Sở chuyên ngành " : t == 1 ? "UBND huyện " : "UBND xã ") + u;
                String type = t == 0 ? "SO_" + u : t == 1 ? "UBND_HUYEN" : "UBND_XA";
                units.add(row("unit_id", unitId, "tier", TIERS[t], "unit_name", name, "unit_type", type,
                        "valid_from", FIRST_YEAR));
                for (int y = 0; y < YEARS; y++) {
                    int year = FIRST_YEAR + y;
                    double value = 60 + random.nextDouble() * 35;
                    unitYears.add(row("tier", TIERS[t], "year", year, "index", "PAR", "unit_id", unitId,
                            "unit_name", name, "unit_type", type, "score_total", value, "max_total", 100.0,
                            "index_value", value, "official_value", value, "points_lost", 100 - value,
                            "rank", u + 1, "rank_of", UNITS[t], "rank_basis", "computed",
                            "prev_value", y == 0 ? null : value - 1, "delta", y == 0 ? null : 1.0,
                            "prev_rank", y == 0 ? null : u + 1, "prev_rank_of", y == 0 ? null : UNITS[t],
                            "rank_change", y == 0 ? null : 0, "reported_total", value, "reported_rank", u + 1,
                            "reconciled", true, "provenance", "published"));
                    items(components, drivers, TIERS[t], year, unitId);
                    goals.add(row("tier", TIERS[t], "year", year, "index", "PAR", "unit_id", unitId,
                            "goal", "next_rank", "goal_year", year + 1, "goal_rank", Math.max(1, u),
                            "goal_value", value + 1, "official_value", value, "needed_index_points", 1.0,
                            "needed_item_points", 1.0, "recoverable_item_points", 10.0, "reachable", true));
                }
            }
            for (int y = 0; y < YEARS; y++) {
                for (int d = 1; d <= DOMAINS; d++) {
                    summaries.add(row("tier", TIERS[t], "year", FIRST_YEAR + y, "index", "PAR", "code", "" + d,
                            "units", UNITS[t], "mean_attainment", 80.0, "min_attainment", 60.0,
                            "max_attainment", 95.0, "total_points_lost", 30.0));
                }
            }
        }
        targets.add(row("unit_id", "P" + p + "-d0", "year", 2024, "index", "PAR", "code", "TOTAL",
                "kind", "rank_at_most", "target", 3.0, "actual", 1.0, "status", "met", "gap", 2.0));
        write(snapshot, Marts.UNIT_YEAR, province, unitYears);
        write(snapshot, Marts.UNITS, province, units);
        write(snapshot, Marts.COMPONENT_YEAR, province, components);
        write(snapshot, Marts.LOSS_DRIVERS, province, drivers);
        write(snapshot, Marts.PROVINCE_SUMMARY, province, summaries);
        write(snapshot, Marts.GOAL_GAPS, province, goals);
        write(snapshot, Marts.TARGET_STATUS, province, targets);
    }

    /** The 8 domains and their 25 criteria of a unit-year, and its 5 largest losses. */
    private void items(List<Map<String, Object>> components, List<Map<String, Object>> drivers, String tier,
                       int year, String unitId) {
        for (int d = 1; d <= DOMAINS; d++) {
            double max = 12.5;
            double score = max * (0.6 + 0.4 * random.nextDouble());
            components.add(item(tier, year, unitId, "" + d, null, 1, "Lĩnh vực cải cách số " + d, max, score));
            for (int c = 1; c <= CRITERIA[d - 1]; c++) {
                double cmax = max / CRITERIA[d - 1];
                components.add(item(tier, year, unitId, d + "." + c, "" + d, 2, "Tiêu chí " + d + "." + c
                        + " về thủ tục hành chính", cmax, cmax * (0.5 + 0.5 * random.nextDouble())));
            }
        }
        for (int position = 1; position <= 5; position++) {
            drivers.add(row("year", year, "index", "PAR", "unit_id", unitId, "position", position,
                    "code", position + ".1", "name", "Tiêu chí " + position + ".1 về thủ tục hành chính",
                    "points_lost", 2.0 / position, "share_of_loss", 20.0 / position));
        }
    }

    private static Map<String, Object> item(String tier, int year, String unitId, String code, String parent,
                                            int level, String name, double max, double score) {
        return row("tier", tier, "year", year, "index", "PAR", "unit_id", unitId, "code", code,
                "parent_code", parent, "level", level, "name", name, "kind", "assessed", "max_points", max,
                "score", score, "self_score", Math.min(max, score + 0.5), "points_lost", max - score,
                "attainment", 100 * score / max, "prev_score", score - 0.1, "prev_max", max, "delta_points", 0.1,
                "delta_attainment", 1.0, "max_changed", false, "rank", 1, "rank_of", 20, "provenance", "published");
    }

    private void write(Path snapshot, MartSchema mart, String province, List<Map<String, Object>> rows)
            throws IOException {
        Path folder = SnapshotLayout.mart(snapshot, mart.name());
        counts.merge(mart.name(), (long) rows.size(), Long::sum);
        if (province == null || !mart.partitioned()) {
            TestWarehouse.writePart(folder, mart.columns(), rows);
        } else if (!rows.isEmpty()) {
            List<MartColumn> columns = mart.columns().stream()
                    .filter(c -> !c.name().equals(MartPartitions.COLUMN)).toList();
            TestWarehouse.writePart(folder.resolve(MartPartitions.folderName(province)), columns, rows);
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("_SUCCESS"), "");
    }

    private static Map<String, Object> row(Object... columnValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnValues.length; i += 2) {
            row.put((String) columnValues[i], columnValues[i + 1]);
        }
        return row;
    }
}
