package vn.parindex.briefings.internal;

import vn.parindex.marts.records.UnitResult;

/**
 * Ranks as a planner reads them: "11/63", with "(công bố)" when it is the published rank of a table the data holds
 * only part of; a movement only between tables of the same size, else last year's rank out of its own table.
 * Ranks stay numbers (the "/63" is the cell's format), so they sort and filter.
 */
public final class Ranks {
    static final String PUBLISHED = "published";

    private Ranks() {
    }

    /** The Excel format that shows a rank out of its table: {@code 0"/63 (công bố)"}. */
    static String format(Integer rankOf, String basis) {
        if (rankOf == null) {
            return Styles.INTEGER;
        }
        return "0\"/" + rankOf + (PUBLISHED.equals(basis) ? " (công bố)" : "") + "\"";
    }

    /** "11/63 (công bố)" as text, for titles and notes. */
    static String text(Integer rank, Integer rankOf, String basis) {
        if (rank == null) {
            return null;
        }
        return rank + (rankOf == null ? "" : "/" + rankOf) + (PUBLISHED.equals(basis) ? " (công bố)" : "");
    }

    public static void rank(SafeCells cells, int row, int column, UnitResult unit) {
        cells.number(row, column, toDouble(unit.rank()), format(unit.rankOf(), unit.rankBasis()));
    }

    /** Last year's rank out of last year's table. */
    public static void previous(SafeCells cells, int row, int column, UnitResult unit) {
        cells.number(row, column, toDouble(unit.prevRank()), format(unit.prevRankOf(), null));
    }

    /**
     * The movement (+2: up two places); where there is none because the table changed size, "năm trước 19/19",
     * so nobody reads a place gained in a shrunk table as progress.
     */
    public static void movement(SafeCells cells, int row, int column, UnitResult unit) {
        if (unit.rankChange() != null) {
            cells.rankChange(row, column, unit.rankChange());
        } else if (unit.prevRank() != null) {
            cells.text(row, column, "năm trước " + text(unit.prevRank(), unit.prevRankOf(), null));
        }
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
