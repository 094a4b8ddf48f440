package vn.parindex.dashboard.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.dashboard.snapshot.Names;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * Every scored unit with the texts it can be found by: its id, its names over the years, its province, and from the
 * units mart its short name and aliases where the snapshot has them; matched without case or tone marks.
 */
final class UnitIndex {
    /** A unit: its latest result row and what it is found by (folded). */
    record Entry(Row latest, List<String> keys) {
    }

    private UnitIndex() {
    }

    static List<Entry> of(Snapshot snapshot) {
        Map<String, Row> latest = new LinkedHashMap<>();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (Row row : snapshot.allUnitYears()) {
            String id = row.str("unit_id");
            Row kept = latest.get(id);
            if (kept == null || Objects.requireNonNullElse(row.integer("year"), 0)
                    >= Objects.requireNonNullElse(kept.integer("year"), 0)) {
                latest.put(id, row);
            }
            List<String> texts = keys.computeIfAbsent(id, k -> new ArrayList<>(List.of(Names.folded(k))));
            add(texts, row.str("unit_name"));
            add(texts, row.str("province"));
        }
        for (Row unit : snapshot.units()) {
            List<String> texts = keys.get(unit.str("unit_id"));
            if (texts != null) {
                add(texts, unit.str("unit_name"));
                add(texts, unit.str("short_name"));
                String aliases = unit.str("aliases"); // not in every snapshot's units mart
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
