package vn.parindex.text;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import vn.parindex.marts.ExtractText;

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

    /** Half-up rounding of the value as written in decimal (the extracts' rule, see ExtractText). */
    public static BigDecimal round2(double value) {
        return ExtractText.round2(value);
    }

    /** The extract form of a number: 2 decimals, '.' as decimal point. */
    public static String format2(double value) {
        return ExtractText.decimal(value);
    }

    /** A whole or decimal number as briefly as it can be written (80, 12.5), for messages. */
    public static String formatShort(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
