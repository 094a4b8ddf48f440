package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Column;
import vn.parindex.marts.MartRow;
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

    static <K> Map<K, List<MartRow>> by(Collection<MartRow> rows, Function<MartRow, K> key, Comparator<MartRow> order) {
        Map<K, List<MartRow>> groups = new HashMap<>();
        for (MartRow row : rows) {
            K k = key.apply(row);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
            }
        }
        Map<K, List<MartRow>> frozen = new HashMap<>();
        groups.forEach((k, list) -> {
            if (order != null) {
                list.sort(order);
            }
            frozen.put(k, List.copyOf(list));
        });
        return Map.copyOf(frozen);
    }

    /** Nulls after every number, as unranked units come last. */
    static <T extends Comparable<T>> Comparator<MartRow> byNumber(Column<T> column) {
        return Comparator.comparing((MartRow r) -> r.get(column), Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
