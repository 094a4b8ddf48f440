package vn.parindex.dashboard.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.Provenance;

/**
 * Where a unit-year's figures of the year before come from, for the figures shown on it (last year's attainment)
 * and the changes (as weak as the weaker of the two years): the unit's own rows of that year, an item found by code
 * then by name; without a row of its own that year (after a merger, its predecessors' mean) a figure is derived.
 */
public final class PreviousYear {
    private final String unit;
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    private PreviousYear(MartRow previous, List<MartRow> items) {
        this.unit = previous == null ? Provenance.DERIVED.code() : code(previous);
        for (MartRow item : items) {
            byCode.putIfAbsent(item.get(Columns.CODE), code(item));
            if (item.get(Columns.ITEM_NAME) != null) {
                byName.putIfAbsent(item.get(Columns.ITEM_NAME), code(item));
            }
        }
    }

    /** The year before the unit-year {@code current} (a unit_year row). */
    public static PreviousYear of(Snapshot snapshot, MartRow current) {
        String unitId = current.get(Columns.UNIT_ID);
        String index = current.get(Columns.INDEX);
        int year = current.get(Columns.YEAR) - 1;
        MartRow previous = snapshot.unitYears(unitId).stream().filter(r -> index.equals(r.get(Columns.INDEX))
                && Integer.valueOf(year).equals(r.get(Columns.YEAR))).findFirst().orElse(null);
        return new PreviousYear(previous, previous == null ? List.of()
                : snapshot.components(new UnitYearKey(unitId, index, year)));
    }

    /** Last year's figure of the unit itself (its value, its rank). */
    public String unit() {
        return unit;
    }

    /** Last year's figure of an item (a component_year row of this year): that year's item, else the unit's. */
    public String of(MartRow item) {
        String found = byCode.get(item.get(Columns.CODE));
        if (found == null && item.get(Columns.ITEM_NAME) != null) {
            found = byName.get(item.get(Columns.ITEM_NAME));
        }
        return found == null ? unit : found;
    }

    /** A change of an item on last year: the weaker of its two years. */
    public String change(MartRow item) {
        return Provenance.weakerCode(code(item), of(item));
    }

    /** A change of the unit's value or rank on last year. */
    public String unitChange(MartRow current) {
        return Provenance.weakerCode(code(current), unit);
    }

    private static String code(MartRow row) {
        return Provenance.orPublished(row.get(Columns.PROVENANCE)).code();
    }
}
