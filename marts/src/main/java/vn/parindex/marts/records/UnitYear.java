package vn.parindex.marts.records;

/** One unit on one index in one year; unit ids are unique across provinces, so no province is needed. */
public record UnitYear(String unitId, String index, int year) {
}
