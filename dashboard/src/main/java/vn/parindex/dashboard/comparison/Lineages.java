package vn.parindex.dashboard.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * Merged units and their predecessors as one line of a comparison: every unit belongs to the last unit of its
 * successor chain (units.csv's successor_id), and a line's value in a year is the mean over its units that year
 * (as the nightly job compares a merged unit with its predecessors' mean).
 */
final class Lineages {
    private Lineages() {
    }

    /** The unit that carries the lineage today: the end of the successor chain (the unit itself without one). */
    static String last(Snapshot snapshot, String unitId) {
        String current = unitId;
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            Optional<String> next = snapshot.unit(current).map(u -> u.str("successor_id"));
            if (next.isEmpty() || next.get() == null) {
                break;
            }
            current = next.get();
        }
        return current;
    }

    /** The units of the chosen ones' lineages: their successors, and the predecessors of each, recursively. */
    static List<String> widen(Snapshot snapshot, List<String> unitIds) {
        Set<String> all = new java.util.LinkedHashSet<>();
        List<String> queue = new ArrayList<>(unitIds);
        while (!queue.isEmpty()) {
            String id = queue.remove(0);
            if (!all.add(id)) {
                continue;
            }
            String successor = snapshot.unit(id).map(u -> u.str("successor_id")).orElse(null);
            if (successor != null) {
                queue.add(successor);
            }
            if (unitIds.contains(id)) { // predecessors of what was chosen, not of every successor on the way
                snapshot.predecessors(id).forEach(p -> queue.add(p.str("unit_id")));
            }
        }
        return List.copyOf(all);
    }

    /** Rows grouped into lines, keyed by the lineage's last unit, in the order first met. */
    static Map<String, List<Row>> lines(Snapshot snapshot, List<Row> rows) {
        Map<String, List<Row>> lines = new LinkedHashMap<>();
        rows.forEach(r -> lines.computeIfAbsent(last(snapshot, r.str("unit_id")), k -> new ArrayList<>()).add(r));
        return lines;
    }

    /** "Sở A → Sở B (Tỉnh), sáp nhập 2025" for a merged line, else "Sở A (Tỉnh)". */
    static String label(List<Row> line) {
        List<Row> byYear = line.stream().sorted(java.util.Comparator.comparing((Row r) -> r.integer("year"))).toList();
        List<String> names = byYear.stream().map(r -> r.str("unit_name")).distinct().toList();
        List<String> units = byYear.stream().map(r -> r.str("unit_id")).distinct().toList();
        Row last = byYear.get(byYear.size() - 1);
        String label = String.join(" → ", names) + " (" + last.str("province") + ")";
        if (units.size() > 1) {
            int mergedIn = byYear.stream().filter(r -> r.str("unit_id").equals(last.str("unit_id")))
                    .mapToInt(r -> r.integer("year")).min().orElse(last.integer("year"));
            label += ", sáp nhập " + mergedIn;
        }
        return label;
    }
}
