package vn.parindex.marts.records;

/** A ranking table: the units of one province and tier, scored on one index in one year. */
public record TableKey(String province, String tier, String index, int year) {
}
