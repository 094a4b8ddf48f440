package vn.parindex.marts.records;

/**
 * What it takes (a row of the goal_gaps extract): for a unit-year, one goal — {@code next_rank} or a TOTAL target
 * of the next year ({@code goalYear}) — with the index and item points needed, the points recoverable in the items
 * the unit assesses itself, and whether those suffice. Boxed numbers are null where the extract is blank.
 */
public record GoalGap(String unitId, String index, int year, String goal, Integer goalYear, Integer goalRank,
                      Double goalValue, Double officialValue, Double neededIndexPoints, Double neededItemPoints,
                      Double recoverableItemPoints, Boolean reachable) {
    public static final String NEXT_RANK = "next_rank";

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }
}
