package vn.parindex.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A unit_year row for {@link TestWarehouse}, built column by column; PAR department, published, by default. */
final class UnitYearRow {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private UnitYearRow(String province, int year, String unitId, String name, String type) {
        values.put("province", province);
        values.put("tier", "department");
        values.put("year", year);
        values.put("index", "PAR");
        values.put("unit_id", unitId);
        values.put("unit_name", name);
        values.put("unit_type", type);
        values.put("provenance", "published");
    }

    static UnitYearRow of(String province, int year, String unitId, String name, String type) {
        return new UnitYearRow(province, year, unitId, name, type);
    }

    UnitYearRow set(String column, Object value) {
        values.put(column, value);
        return this;
    }

    /** A value computed from item scores on a tree of the given maximum (PAPI keeps its points). */
    UnitYearRow computed(double scoreTotal, double maxTotal) {
        double index = "PAPI".equals(values.get("index")) ? scoreTotal : 100 * scoreTotal / maxTotal;
        set("score_total", scoreTotal).set("max_total", maxTotal).set("index_value", round(index));
        return official(round(index), "PAPI".equals(values.get("index")) ? maxTotal : 100);
    }

    /** The official value and points lost on a scale (100, or PAPI's tree maximum). */
    UnitYearRow official(double value, double scale) {
        return set("official_value", value).set("points_lost", round(scale - value));
    }

    /** A published TOTAL: reconciled when an index value was computed. */
    UnitYearRow reported(double total) {
        Object index = values.get("index_value");
        set("reported_total", total);
        if (index instanceof Double computed) {
            set("reconciled", Math.abs(computed - total) <= 0.01);
        }
        return set("official_value", total).set("points_lost", round(scaleOf() - total));
    }

    UnitYearRow rank(Integer rank, Integer of, String basis) {
        return set("rank", rank).set("rank_of", of).set("rank_basis", rank == null ? null : basis);
    }

    /** Last year's value and rank; the movement only within tables of the same size. */
    UnitYearRow previous(Double value, Integer rank, Integer of) {
        set("prev_value", value).set("prev_rank", rank).set("prev_rank_of", of);
        Object official = values.get("official_value");
        if (value != null && official instanceof Double now) {
            set("delta", round(now - value));
        }
        Object currentRank = values.get("rank");
        if (rank != null && currentRank instanceof Integer r && of != null && of.equals(values.get("rank_of"))) {
            set("rank_change", rank - r);
        }
        return this;
    }

    UnitYearRow provenance(String provenance, String source) {
        return set("provenance", provenance).set("source", source);
    }

    void add(TestWarehouse w) {
        List<Object> pairs = new ArrayList<>();
        values.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        w.add("unit_year", pairs.toArray());
    }

    private double scaleOf() {
        Object max = values.get("max_total");
        return "PAPI".equals(values.get("index")) && max instanceof Double m ? m : 100;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
