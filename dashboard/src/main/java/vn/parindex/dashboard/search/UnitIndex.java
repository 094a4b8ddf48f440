package vn.parindex.dashboard.search;

import vn.parindex.marts.Columns;
import vn.parindex.text.Names;
import java.util.ArrayList;
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
    /** A unit: its latest result row and what it is found by (folded). */
    record Entry(MartRow latest, List<String> keys) {
    }

    private UnitIndex() {
    }

    static List<Entry> of(Snapshot snapshot) {
        Map<String, MartRow> latest = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (MartRow row : snapshot.allUnitYears()) {
            String id = row.get(Columns.UNIT_ID);
            MartRow kept = latest.get(id);
            if (kept == null || Objects.requireNonNullElse(row.get(Columns.YEAR), 0)
                    >= Objects.requireNonNullElse(kept.get(Columns.YEAR), 0)) {
                latest.put(id, row);
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
        latest.forEach((id, row) -> entries.add(new Entry(row, List.copyOf(keys.get(id)))));
        return entries;
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
