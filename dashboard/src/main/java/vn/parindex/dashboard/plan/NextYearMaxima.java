package vn.parindex.dashboard.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.snapshot.Names;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;

/**
 * The maxima of the year after a results year, as far as the snapshot shows them: the pages hold no methodology, so
 * they come from that year's scored items, the unit's own first, then those of the other units of its ranking table
 * (one tree per table and year: they fill in for a unit merged away or scored by domain only). An item is matched by
 * name, which survives renumbering, else by code; the largest maximum among the units counts (an NA child lowers a
 * parent's maximum for its unit only).
 */
final class NextYearMaxima {
    private final Lookup own;
    private final Lookup table;

    private NextYearMaxima(List<Row> own, List<Row> table) {
        this.own = new Lookup(own);
        this.table = new Lookup(table);
    }

    /** The year after the unit-year's: the unit's items, and those of the units of its table that year. */
    static NextYearMaxima after(Snapshot snapshot, Row unitYear) {
        RankingKey next = RankingKey.of(unitYear).withYear(unitYear.integer("year") + 1);
        List<Row> own = snapshot.components(new UnitYearKey(unitYear.str("unit_id"), next.index(), next.year()));
        List<Row> table = snapshot.ranking(next).stream()
                .flatMap(r -> snapshot.components(new UnitYearKey(r.str("unit_id"), next.index(), next.year())).stream())
                .toList();
        return new NextYearMaxima(own, table);
    }

    /** Whether the year after has item scores at all (else nothing is known of its tree). */
    boolean scored() {
        return !own.isEmpty() || !table.isEmpty();
    }

    /** The item's maximum the year after, or null when that year has no such item (or is not scored). */
    Double of(Row item) {
        Double mine = own.of(item);
        return mine != null ? mine : table.of(item);
    }

    /** Maxima by name and by code of one set of scored items. */
    private static final class Lookup {
        private final Map<String, Double> byName = new HashMap<>();
        private final Map<String, Double> byCode = new HashMap<>();

        Lookup(List<Row> items) {
            for (Row item : items) {
                Double max = item.number("max_points");
                if (max != null) {
                    byName.merge(key(item.str("name")), max, Math::max);
                    byCode.merge(item.str("code"), max, Math::max);
                }
            }
        }

        boolean isEmpty() {
            return byCode.isEmpty();
        }

        Double of(Row item) {
            Double named = byName.get(key(item.str("name")));
            return named != null ? named : byCode.get(item.str("code"));
        }

        private static String key(String name) {
            return name == null ? "" : Names.key(name).replaceAll("\\s+", " ");
        }
    }
}
