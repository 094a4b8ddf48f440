package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/** One unit scored on an index in a year. */
public record UnitYearKey(String unitId, String index, int year) {
    public static UnitYearKey of(MartRow row) {
        Integer year = row.get(Columns.YEAR);
        return year == null ? null : new UnitYearKey(row.get(Columns.UNIT_ID), row.get(Columns.INDEX), year);
    }
}
