package vn.parindex.marts.records;

/**
 * One unit's result on one methodology item (a row of the component_year extract); level 1 items are the domains.
 * {@code provenance} as in {@link UnitResult}; {@code kind} the methodology's word (assessed, survey; null: not
 * stated), which says whether the unit can recover the points by its own work.
 */
public record ItemResult(String unitId, String index, int year, String code, int level, String name,
                         Double maxPoints, Double score, Double selfScore, Double pointsLost, Double attainment,
                         Double deltaPoints, Double deltaAttainment, Integer rank, Integer rankOf,
                         String provenance, String kind) {
    static final String SURVEY = "survey";

    /** Without the item's kind (marts written before the briefings read it). */
    public ItemResult(String unitId, String index, int year, String code, int level, String name,
                      Double maxPoints, Double score, Double selfScore, Double pointsLost, Double attainment,
                      Double deltaPoints, Double deltaAttainment, Integer rank, Integer rankOf, String provenance) {
        this(unitId, index, year, code, level, name, maxPoints, score, selfScore, pointsLost, attainment, deltaPoints,
                deltaAttainment, rank, rankOf, provenance, null);
    }

    public UnitYear unitYear() {
        return new UnitYear(unitId, index, year);
    }

    /** Scored by the sociological survey ("Điều tra XHH"): not in the unit's own hands. */
    public boolean survey() {
        return SURVEY.equals(kind);
    }
}
