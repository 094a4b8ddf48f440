package vn.parindex.reference;

/** Identifies one methodology tree: province, tier, year and index. */
public record TreeKey(String province, Tier tier, int year, ScoreIndex index) {

    @Override
    public String toString() {
        return province + " " + tier.label() + " " + year + " " + index;
    }
}
