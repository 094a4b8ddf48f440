package vn.parindex.briefings;

import vn.parindex.marts.Column;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.Marts;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.marts.records.UnitResult;

/** A unit_year row for tests, built by name: only the columns a test cares about need setting. */
final class UnitRow {
    private final String province;
    private final String tier;
    private final String index;
    private final String unitId;
    private final String unitName;
    private final int year;
    private Double maxTotal = 100.0;
    private Double indexValue;
    private Double value;
    private Double pointsLost;
    private Integer rank;
    private Integer rankOf;
    private String rankBasis = "computed";
    private Double prevValue;
    private Double delta;
    private Integer prevRank;
    private Integer prevRankOf;
    private Integer rankChange;
    private Boolean reconciled;
    private String provenance = "published";
    private String source;
    private Double gapToBest;

    UnitRow(String province, String tier, String index, String unitId, String unitName, int year) {
        this.province = province;
        this.tier = tier;
        this.index = index;
        this.unitId = unitId;
        this.unitName = unitName;
        this.year = year;
    }

    /** The value, recomputed and published alike, and 100 − value lost. */
    UnitRow value(Double value) {
        this.value = value;
        this.indexValue = value;
        this.pointsLost = value == null ? null : 100 - value;
        return this;
    }

    /** A published value that differs from the recomputed one. */
    UnitRow published(double official, double recomputed, double maxTotal) {
        this.value = official;
        this.indexValue = recomputed;
        this.maxTotal = maxTotal;
        this.pointsLost = 100 - official;
        this.reconciled = false;
        return this;
    }

    /** PAPI: a value on its own points scale. */
    UnitRow papi(double value, double scale) {
        this.value = value;
        this.indexValue = value;
        this.maxTotal = scale;
        this.pointsLost = scale - value;
        return this;
    }

    UnitRow rank(Integer rank, Integer of, String basis) {
        this.rank = rank;
        this.rankOf = of;
        this.rankBasis = basis;
        return this;
    }

    UnitRow previous(Double value, Integer rank, Integer of) {
        this.prevValue = value;
        this.delta = value == null || this.value == null ? null : this.value - value;
        this.prevRank = rank;
        this.prevRankOf = of;
        this.rankChange = rank == null || this.rank == null || !of.equals(rankOf) ? null : rank - this.rank;
        return this;
    }

    UnitRow reconciled(Boolean reconciled) {
        this.reconciled = reconciled;
        return this;
    }

    UnitRow provenance(String provenance, String source) {
        this.provenance = provenance;
        this.source = source;
        return this;
    }

    /** The table's best value less this one. */
    UnitRow gap(Double gapToBest) {
        this.gapToBest = gapToBest;
        return this;
    }

    /** As the marts hold it: a unit_year row, mapped as every reader maps it. */
    UnitResult build() {
        Object[] values = new Object[Marts.UNIT_YEAR.columns().size()];
        put(values, Columns.PROVINCE, province);
        put(values, Columns.TIER, tier);
        put(values, Columns.YEAR, year);
        put(values, Columns.INDEX, index);
        put(values, Columns.UNIT_ID, unitId);
        put(values, Columns.UNIT_NAME, unitName);
        put(values, Columns.MAX_TOTAL, value == null ? null : maxTotal);
        put(values, Columns.INDEX_VALUE, indexValue);
        put(values, Columns.OFFICIAL_VALUE, value);
        put(values, Columns.POINTS_LOST, pointsLost);
        put(values, Columns.RANK, rank);
        put(values, Columns.RANK_OF, rankOf);
        put(values, Columns.RANK_BASIS, rank == null ? null : rankBasis);
        put(values, Columns.PREV_VALUE, prevValue);
        put(values, Columns.DELTA, delta);
        put(values, Columns.PREV_RANK, prevRank);
        put(values, Columns.PREV_RANK_OF, prevRankOf);
        put(values, Columns.RANK_CHANGE, rankChange);
        put(values, Columns.RECONCILED, reconciled);
        put(values, Columns.PROVENANCE, provenance);
        put(values, Columns.SOURCE, source);
        put(values, Columns.GAP_TO_BEST, gapToBest);
        return MartRecords.unitResult(new MartRow(Marts.UNIT_YEAR, values));
    }

    private static void put(Object[] values, Column<?> column, Object value) {
        values[Marts.UNIT_YEAR.position(column)] = value;
    }
}
