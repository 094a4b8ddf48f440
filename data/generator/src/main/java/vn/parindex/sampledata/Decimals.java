package vn.parindex.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the generator rounds and writes numbers (half-up on the decimal text, no trailing zeros). */
final class Decimals {
    private Decimals() {
    }

    /** At most 4 decimals, no trailing zeros: 15.5, 70, 91.8. */
    static String trim(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A whole number of hundredths as a score: 1150 -> 11.5. */
    static String hundredths(long h) {
        return BigDecimal.valueOf(h, 2).stripTrailingZeros().toPlainString();
    }

    static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
