package vn.parindex.marts;

import java.util.Locale;
import java.util.function.Function;

/**
 * gap_to_best (contract section 2) in words, one header and one phrase for the pages and the workbooks alike: how
 * far a unit is behind the best of its table, in index points (PAPI in its own points).
 */
public final class GapToBest {
    /** The column header of the ranking tables. */
    public static final String HEADER = "Kém đơn vị dẫn đầu";
    /** A gap of 0: the unit leads its table, alone or tied. */
    public static final String LEADS = "dẫn đầu";

    private GapToBest() {
    }

    /**
     * "kém đơn vị dẫn đầu 3,25 điểm" (the number written by the caller), "dẫn đầu" for a leader, null without a gap
     * (no computed rank: a partial table's leader may not be in the input).
     */
    public static String phrase(Double gap, Function<Double, String> number) {
        if (gap == null) {
            return null;
        }
        return gap < 0.005 ? LEADS : HEADER.toLowerCase(Locale.forLanguageTag("vi")) + " " + number.apply(gap) + " điểm";
    }
}
