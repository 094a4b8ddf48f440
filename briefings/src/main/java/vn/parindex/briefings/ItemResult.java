package vn.parindex.briefings;

/**
 * One unit's result on one methodology item (a row of the component_year extract); level 1 items are the domains.
 * {@code provenance} as in {@link UnitResult}.
 */
public record ItemResult(String unitId, String index, int year, String code, int level, String name,
                         Double maxPoints, Double score, Double selfScore, Double pointsLost, Double attainment,
                         Double deltaPoints, Double deltaAttainment, Integer rank, Integer rankOf,
                         String provenance) {

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }
}
