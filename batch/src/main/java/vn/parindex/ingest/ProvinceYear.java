package vn.parindex.ingest;

/** A province's results of one year: the unit a quarantined file's data is protected by. */
public record ProvinceYear(String province, int year) {
}
