package vn.parindex.marts.records;

/** A unit that was merged into {@code successorId} after {@code lastYear} (units.csv's successor_id and valid_to). */
public record Merger(String unitId, String successorId, Integer lastYear) {
}
