package vn.parindex.marts.records;

/**
 * One deepest scored item of a unit-year as the goal gaps count it (a row of the goal_items mart): this year's
 * maximum and score, the goal year's maximum ({@code nextMax}; null when the input has no tree for that year, 0 when
 * the item is gone from it) and what it can regain. Only assessed items count towards recoverable_item_points.
 */
public record GoalItem(String unitId, String index, int year, String code, String name, String kind,
                       Double maxPoints, Double score, Double nextMax, Double recoverable, String provenance) {
    public static final String ASSESSED = "assessed";
    private static final double HALF_CENT = 0.005;

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }

    public boolean assessed() {
        return ASSESSED.equals(kind);
    }

    /** Whether the goal year's tree gives the item another maximum (or drops it): what can be regained moves. */
    public boolean maximumChanges() {
        return nextMax != null && maxPoints != null && Math.abs(nextMax - maxPoints) >= HALF_CENT;
    }

    /** The points the item lost this year. */
    public double pointsLost() {
        return maxPoints == null || score == null ? 0 : Math.max(0, maxPoints - score);
    }

    /** How the goal year's maximum moves what can be regained: recoverable less this year's points lost. */
    public double movedBy() {
        return (recoverable == null ? 0 : recoverable) - pointsLost();
    }
}
