package vn.parindex.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Parsing of scores as provinces write them ("87,13" or "87.13") and the 2-decimal rounding of the extracts. */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private Numbers() {
    }

    /** A plain decimal with a point or a single decimal comma; anything else (thousands separators, units) is empty. */
    public static OptionalDouble parse(String text) {
        String value = Names.clean(text).replace(" ", "");
        if (!DECIMAL.matcher(value).matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(value.replace(',', '.')));
    }

    /** Half-up rounding of the value as written in decimal; a 10-digit pre-rounding removes binary noise (0.125 stays 0.125). */
    public static BigDecimal round2(double value) {
        return BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
    }

    /** The extract form of a number: 2 decimals, '.' as decimal point. */
    public static String format2(double value) {
        BigDecimal rounded = round2(value);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return rounded.toPlainString();
    }

    /** A whole or decimal number as briefly as it can be written (80, 12.5), for messages. */
    public static String formatShort(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
