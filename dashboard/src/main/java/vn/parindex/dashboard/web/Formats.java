package vn.parindex.dashboard.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.parindex.marts.HiddenCharacters;

/** How numbers read on the pages (Vietnamese: 75,17; always 2 decimals) and in CSV downloads (75.17, like the extracts). */
public final class Formats {
    private static final ThreadLocal<DecimalFormat> SHOWN = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"))));

    private Formats() {
    }

    public static String number(Number value) {
        if (value == null) {
            return "–";
        }
        return isWhole(value) ? value.toString() : SHOWN.get().format(value.doubleValue());
    }

    /** Counts and ranks: Integer, Long, Short, Byte and BigInteger read as whole numbers, never "12,00". */
    static boolean isWhole(Number value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger;
    }

    public static String signed(Number value) {
        if (value == null) {
            return "–";
        }
        return (value.doubleValue() > 0 ? "+" : value.doubleValue() < 0 ? "−" : "")
                + number(isWhole(value) ? (Number) Math.abs(value.longValue()) : (Number) Math.abs(value.doubleValue()));
    }

    public static String csv(Number value) {
        if (value == null) {
            return "";
        }
        // two decimals like the extracts: the marts' values are already rounded to 2 places
        return isWhole(value) ? value.toString()
                : java.math.BigDecimal.valueOf(value.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Text a spreadsheet would take for a formula (= + - @ tab CR) is prefixed with ' so it stays text; bidi controls
     * are dropped first, as from everything displayed (and so that none can hide a leading '=').
     */
    public static String csvText(String raw) {
        String text = HiddenCharacters.withoutBidiControls(raw);
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** rank_change is prev_rank − rank: positive means the unit moved up. */
    public static String rankMove(Integer change) {
        if (change == null) {
            return "–";
        }
        return change > 0 ? "▲ " + change : change < 0 ? "▼ " + (-change) : "=";
    }
}
