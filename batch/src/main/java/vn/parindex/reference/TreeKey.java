package vn.parindex.reference;

import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/** Identifies one methodology tree: province, tier, year and index. */
public record TreeKey(String province, Tier tier, int year, ScoreIndex index) {

    @Override
    public String toString() {
        return province + " " + tier.code() + " " + year + " " + index;
    }
}
