package vn.parindex.briefings.internal;

import java.util.Collection;
import java.util.Objects;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.ScoreIndex;

/**
 * One scale per comparison: item points turned into points of the unit's index (× 100 / max_total), so that the
 * domains' losses add up to the headline's points lost. PAPI keeps its own points scale (contract 2), so its
 * points are already index points and its values are shown out of the scale ("43,85/80").
 */
public final class IndexPoints {
    private static final double HALF_CENT = 0.005;

    private IndexPoints() {
    }

    static boolean ownScale(String index) {
        return ScoreIndex.onPointsScale(index);
    }

    /** Item points lost as index points; null without max_total (a unit-year given only a TOTAL). */
    static Double lost(UnitResult unit, Double itemPoints) {
        if (itemPoints == null) {
            return null;
        }
        if (ownScale(unit.index())) {
            return itemPoints;
        }
        return unit.maxTotal() == null || unit.maxTotal() <= 0 ? null : itemPoints * 100 / unit.maxTotal();
    }

    static Double lost(UnitResult unit, ItemResult item) {
        return lost(unit, item.pointsLost());
    }

    /**
     * What is left of the headline's points lost once the domains' losses are counted: the published value's
     * difference from the recomputed one, its own labelled row, shown only where the two do not reconcile (where
     * they do, only rounding is left).
     */
    static Double unreconciled(UnitResult unit, Collection<ItemResult> domains) {
        if (!Boolean.FALSE.equals(unit.reconciled()) || unit.pointsLost() == null || domains.isEmpty()) {
            return null;
        }
        double counted = 0;
        for (ItemResult domain : domains) {
            Double lost = lost(unit, domain);
            if (lost == null) {
                return null;
            }
            counted += lost;
        }
        double difference = unit.pointsLost() - counted;
        return Math.abs(difference) < HALF_CENT ? null : difference;
    }

    /** The points scale of a PAPI value (value + points lost, 80 since 2018); null for the 0–100 indices. */
    static Double scale(UnitResult unit) {
        if (!ownScale(unit.index()) || unit.officialValue() == null || unit.pointsLost() == null) {
            return null;
        }
        return Math.round((unit.officialValue() + unit.pointsLost()) * 100) / 100.0;
    }

    /** The number format of a unit's value: two decimals, out of its scale for PAPI. */
    static String valueFormat(UnitResult unit) {
        Double scale = scale(unit);
        if (scale == null) {
            return Styles.TWO_DECIMALS;
        }
        String max = scale == Math.rint(scale) ? String.valueOf(scale.longValue()) : String.valueOf(scale);
        return Styles.TWO_DECIMALS + "\"/" + max + "\"";
    }

    /** The highest value an axis of these units' values needs: 100, or the largest PAPI scale. */
    static double ceiling(Collection<UnitResult> units) {
        return units.stream().map(IndexPoints::scale).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .max().orElse(100);
    }

    /** "Chỉ số" or, for PAPI, "Điểm PAPI" (it is not an index out of 100). */
    static String unitWord(String index) {
        return ownScale(index) ? "điểm PAPI" : "điểm chỉ số";
    }
}
