package vn.parindex.marts.records;

import vn.parindex.marts.MartRow;

/**
 * One unit's result for one index and year (a row of the unit_year extract, the columns the briefings show).
 * Boxed numbers are null where the extract is blank. {@code rankBasis} is computed, published (the published rank
 * of a partial table, {@code rankOf} its true size) or null; {@code rankChange} is blank when last year's table had
 * another size ({@code prevRankOf}). {@code provenance} is the contract's word (published, derived, third_party,
 * synthetic; null: not stated, read as published) and {@code source} where the figure comes from. {@code gapToBest}
 * is the table's best value less this one (0 for the leaders), null without a computed rank. {@code row} is the
 * unit_year row itself, for views that show any of its columns ({@link vn.parindex.marts.views}).
 */
public record UnitResult(String province, String tier, int year, String index, String unitId, String unitName,
                         Double maxTotal, Double indexValue, Double officialValue, Double pointsLost,
                         Integer rank, Integer rankOf, String rankBasis, Double prevValue, Double delta,
                         Integer prevRank, Integer prevRankOf, Integer rankChange, Boolean reconciled,
                         String provenance, String source, Double gapToBest, MartRow row) {

    public TableKey table() {
        return new TableKey(province, tier, index, year);
    }

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }
}
