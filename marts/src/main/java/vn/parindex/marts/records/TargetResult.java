package vn.parindex.marts.records;

/**
 * A plan target and how it went (a row of the target_status extract). {@code status} is the extract's word:
 * met, missed or pending.
 */
public record TargetResult(String unitId, String index, int year, String code, String kind, Double target,
                           Double actual, String status, Double gap) {

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }
}
