package vn.parindex.ingest;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/**
 * A validated score row, resolved to a unit_id and the canonical province. score is null when the row says NA;
 * code is a methodology code, or TOTAL / RANK for the published index and rank; source is null when not given.
 */
public record StagedScore(String file, int line, String province, Tier tier, int year, String unitId, ScoreIndex index,
                          String code, Double score, boolean na, Double selfScore, Provenance provenance,
                          String source) {

    public static final String TOTAL = "TOTAL";
    public static final String RANK = "RANK";

    /** The key that must be unique within a file and agree across files. */
    public String key() {
        return province + "|" + year + "|" + unitId + "|" + index + "|" + code;
    }

    public ProvinceYear provinceYear() {
        return new ProvinceYear(province, year);
    }

    /** Whether two rows with the same key say the same thing (a self-score given in one file only is no conflict). */
    public boolean sameValueAs(StagedScore other) {
        return na == other.na && java.util.Objects.equals(score, other.score)
                && (selfScore == null || other.selfScore == null || selfScore.equals(other.selfScore));
    }

    public String valueText() {
        return na ? "NA" : vn.parindex.text.Numbers.format2(score);
    }
}
