package vn.parindex.text;

import java.util.Comparator;

/**
 * Methodology codes are dotted paths; they sort segment by segment, numbers as numbers ("1.2" before "1.10"). The one
 * order of codes for the computation, the pages, the workbooks and the sample data alike.
 */
public final class Codes {
    /** The code of a unit's published index (contract 1.3). */
    public static final String TOTAL = "TOTAL";
    /** Reading order: a blank code (the plan as a whole) first, then TOTAL, then the items in their natural order. */
    public static final Comparator<String> ORDER = Comparator.comparing(Codes::readingKey);

    private Codes() {
    }

    private static String readingKey(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return code.equals(TOTAL) ? "!" : sortKey(code);
    }

    /** A string key whose lexical order is the natural order of the codes. */
    public static String sortKey(String code) {
        StringBuilder key = new StringBuilder();
        for (String segment : code.split("\\.")) {
            if (key.length() > 0) {
                key.append('.');
            }
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                String digits = segment.replaceFirst("^0+(?=.)", "");
                key.append("0".repeat(Math.max(0, 8 - digits.length()))).append(digits);
            } else {
                key.append('~').append(segment);
            }
        }
        return key.toString();
    }

    /** The level-1 item (domain) a code belongs to: "3" of "3.1.2". */
    public static String domain(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** Codes as written by people: trimmed, no trailing dot ("1.2." is "1.2"). */
    public static String clean(String code) {
        String value = Names.clean(code).replace(" ", "");
        while (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }
}
