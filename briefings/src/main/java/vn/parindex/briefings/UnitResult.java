package vn.parindex.briefings;

/**
 * One unit's result for one index and year (a row of the unit_year extract, the columns the briefings show).
 * Boxed numbers are null where the extract is blank.
 */
public record UnitResult(String province, String tier, int year, String index, String unitId, String unitName,
                         Double officialValue, Double pointsLost, Integer rank, Integer rankOf, Double prevValue,
                         Double delta, Integer prevRank, Integer rankChange, Boolean reconciled) {

    public TableKey table() {
        return new TableKey(province, tier, index, year);
    }

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }
}
