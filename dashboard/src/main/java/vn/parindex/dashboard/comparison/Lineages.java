package vn.parindex.dashboard.comparison;

import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.marts.MartRow;
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
            Optional<String> next = snapshot.unit(current).map(u -> u.get(Columns.SUCCESSOR_ID));
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
            String successor = snapshot.unit(id).map(u -> u.get(Columns.SUCCESSOR_ID)).orElse(null);
            if (successor != null) {
                queue.add(successor);
            }
            if (unitIds.contains(id)) { // predecessors of what was chosen, not of every successor on the way
                snapshot.predecessors(id).forEach(p -> queue.add(p.get(Columns.UNIT_ID)));
            }
        }
        return List.copyOf(all);
    }

    /** Rows grouped into lines, keyed by the lineage's last unit, in the order first met. */
    static Map<String, List<MartRow>> lines(Snapshot snapshot, List<MartRow> rows) {
        Map<String, List<MartRow>> lines = new LinkedHashMap<>();
        rows.forEach(r -> lines.computeIfAbsent(last(snapshot, r.get(Columns.UNIT_ID)), k -> new ArrayList<>()).add(r));
        return lines;
    }

    /** "Sở A → Sở B (Tỉnh), sáp nhập 2025" for a merged line, else "Sở A (Tỉnh)". */
    static String label(List<MartRow> line) {
        List<MartRow> byYear = line.stream().sorted(java.util.Comparator.comparing((MartRow r) -> r.get(Columns.YEAR))).toList();
        List<String> names = byYear.stream().map(r -> r.get(Columns.UNIT_NAME)).distinct().toList();
        List<String> units = byYear.stream().map(r -> r.get(Columns.UNIT_ID)).distinct().toList();
        MartRow last = byYear.get(byYear.size() - 1);
        String label = String.join(" → ", names) + " (" + last.get(Columns.PROVINCE) + ")";
        if (units.size() > 1) {
            int mergedIn = byYear.stream().filter(r -> r.get(Columns.UNIT_ID).equals(last.get(Columns.UNIT_ID)))
                    .mapToInt(r -> r.get(Columns.YEAR)).min().orElse(last.get(Columns.YEAR));
            label += ", sáp nhập " + mergedIn;
        }
        return label;
    }
}
