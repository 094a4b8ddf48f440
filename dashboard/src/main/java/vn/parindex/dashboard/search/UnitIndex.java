package vn.parindex.dashboard.search;

import vn.parindex.marts.Columns;
import vn.parindex.text.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * Every scored unit with the texts it can be found by: its id, its names over the years, its province, and from the
 * units mart its short name and aliases where the snapshot has them; matched without case or tone marks.
 */
final class UnitIndex {
    /** The index a unit's search result opens when it has results on it: PAR is the unit's main index. */
    static final String MAIN_INDEX = "PAR";

    /**
     * A unit: its latest result row on each index it has (its main index first: PAR when it has PAR results, else
     * the index of its latest result) and what it is found by (folded).
     */
    record Entry(List<MartRow> latestByIndex, List<String> keys) {
        /** The latest row of the unit's main index. */
        MartRow main() {
            return latestByIndex.get(0);
        }
    }

    private UnitIndex() {
    }

    static List<Entry> of(Snapshot snapshot) {
        Map<String, Map<String, MartRow>> latest = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (MartRow row : snapshot.allUnitYears()) {
            String id = row.get(Columns.UNIT_ID);
            Map<String, MartRow> ofUnit = latest.computeIfAbsent(id, k -> new LinkedHashMap<>());
            MartRow kept = ofUnit.get(row.get(Columns.INDEX));
            if (kept == null || year(row) >= year(kept)) {
                ofUnit.put(row.get(Columns.INDEX), row);
            }
            List<String> texts = keys.computeIfAbsent(id, k -> new ArrayList<>(List.of(Names.folded(k))));
            add(texts, row.get(Columns.UNIT_NAME));
            add(texts, row.get(Columns.PROVINCE));
        }
        for (MartRow unit : snapshot.units()) {
            List<String> texts = keys.get(unit.get(Columns.UNIT_ID));
            if (texts != null) {
                add(texts, unit.get(Columns.UNIT_NAME));
                add(texts, unit.get(Columns.SHORT_NAME));
                String aliases = unit.get(Columns.ALIASES); // not in every snapshot's units mart
                if (aliases != null) {
                    for (String alias : aliases.split("\\|")) {
                        add(texts, alias);
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        latest.forEach((id, rows) -> entries.add(new Entry(mainFirst(rows.values()), List.copyOf(keys.get(id)))));
        return entries;
    }

    /** PAR first when the unit has it, else the latest result first; the other indexes after it by name. */
    private static List<MartRow> mainFirst(Collection<MartRow> rows) {
        List<MartRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((MartRow r) -> !MAIN_INDEX.equals(r.get(Columns.INDEX)))
                .thenComparing(UnitIndex::year, Comparator.reverseOrder())
                .thenComparing(r -> String.valueOf(r.get(Columns.INDEX))));
        MartRow main = ordered.remove(0);
        ordered.sort(Comparator.comparing(r -> String.valueOf(r.get(Columns.INDEX))));
        ordered.add(0, main);
        return List.copyOf(ordered);
    }

    private static int year(MartRow row) {
        return Objects.requireNonNullElse(row.get(Columns.YEAR), 0);
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            String folded = Names.folded(text);
            if (!texts.contains(folded)) {
                texts.add(folded);
            }
        }
    }
}
