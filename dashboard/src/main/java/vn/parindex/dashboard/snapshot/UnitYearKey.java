package vn.parindex.dashboard.snapshot;

/** One unit scored on an index in a year. */
public record UnitYearKey(String unitId, String index, int year) {
    public static UnitYearKey of(Row row) {
        Integer year = row.integer("year");
        return year == null ? null : new UnitYearKey(row.str("unit_id"), row.str("index"), year);
    }
}
