package vn.parindex.dashboard.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the snapshot's immutable lookup indexes; rows whose key is incomplete are left out. */
final class Grouping {
    private Grouping() {
    }

    static <K> Map<K, List<Row>> by(Collection<Row> rows, Function<Row, K> key, Comparator<Row> order) {
        Map<K, List<Row>> groups = new HashMap<>();
        for (Row row : rows) {
            K k = key.apply(row);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            }
        }
        Map<K, List<Row>> frozen = new HashMap<>();
        groups.forEach((k, list) -> {
            if (order != null) {
                list.sort(order);
            }
            frozen.put(k, List.copyOf(list));
        });
        return Map.copyOf(frozen);
    }

    /** Nulls after every number, as unranked units come last. */
    static Comparator<Row> byNumber(String column) {
        return Comparator.comparing((Row r) -> r.number(column), Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
