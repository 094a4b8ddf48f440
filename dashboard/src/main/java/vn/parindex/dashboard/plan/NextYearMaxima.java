package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import vn.parindex.text.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
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

    private NextYearMaxima(List<MartRow> own, List<MartRow> table) {
        this.own = new Lookup(own);
        this.table = new Lookup(table);
    }

    /** The year after the unit-year's: the unit's items, and those of the units of its table that year. */
    static NextYearMaxima after(Snapshot snapshot, MartRow unitYear) {
        RankingKey next = RankingKey.of(unitYear).withYear(unitYear.get(Columns.YEAR) + 1);
        List<MartRow> own = snapshot.components(new UnitYearKey(unitYear.get(Columns.UNIT_ID), next.index(), next.year()));
        List<MartRow> table = snapshot.ranking(next).stream()
                .flatMap(r -> snapshot.components(new UnitYearKey(r.get(Columns.UNIT_ID), next.index(), next.year())).stream())
                .toList();
        return new NextYearMaxima(own, table);
    }

    /** Whether the year after has item scores at all (else nothing is known of its tree). */
    boolean scored() {
        return !own.isEmpty() || !table.isEmpty();
    }

    /** The item's maximum the year after, or null when that year has no such item (or is not scored). */
    Double of(MartRow item) {
        Double mine = own.of(item);
        return mine != null ? mine : table.of(item);
    }

    /** Maxima by name and by code of one set of scored items. */
    private static final class Lookup {
        private final Map<String, Double> byName = new HashMap<>();
        private final Map<String, Double> byCode = new HashMap<>();

        Lookup(List<MartRow> items) {
            for (MartRow item : items) {
                Double max = item.get(Columns.MAX_POINTS);
                if (max != null) {
                    byName.merge(key(item.get(Columns.ITEM_NAME)), max, Math::max);
                    byCode.merge(item.get(Columns.CODE), max, Math::max);
                }
            }
        }

        boolean isEmpty() {
            return byCode.isEmpty();
        }

        Double of(MartRow item) {
            Double named = byName.get(key(item.get(Columns.ITEM_NAME)));
            return named != null ? named : byCode.get(item.get(Columns.CODE));
        }

        private static String key(String name) {
            return name == null ? "" : Names.key(name).replaceAll("\\s+", " ");
        }
    }
}
