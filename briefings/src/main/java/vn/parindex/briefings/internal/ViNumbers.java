package vn.parindex.briefings.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written out as Vietnamese text reads them: two decimals with a decimal comma ("87,13"), half up. */
final class ViNumbers {
    private ViNumbers() {
    }

    /** "87,13"; null for no number. */
    static String of(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** "+2,60", "−4,67" (a minus sign, so the text never starts with a hyphen), "0,00". */
    static String signed(Double value) {
        String text = of(value == null ? null : Math.abs(value));
        if (text == null) {
            return null;
        }
        if (text.equals("0,00")) {
            return text;
        }
        return (value > 0 ? "+" : "\u2212") + text;
    }

    /** "I", "II", … as the seeds number their domains (up to 39, plenty for a methodology tree). */
    static String roman(int number) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        if (number < 1 || number >= 40) {
            return String.valueOf(number);
        }
        return tens[number / 10] + ones[number % 10];
    }
}
