package vn.parindex.marts;

import java.util.Optional;

/**
 * Where a unit-year's rank comes from: computed among the units of the table, or the published rank of a table the
 * input holds only part of (tables.csv).
 */
public enum RankBasis implements Coded {
    COMPUTED("tính từ điểm"),
    PUBLISHED("công bố");

    private final String label;

    RankBasis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<RankBasis> of(String code) {
        return Coded.find(RankBasis.class, code);
    }
}
