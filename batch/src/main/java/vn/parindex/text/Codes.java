package vn.parindex.text;

/** Methodology codes are dotted paths; they sort segment by segment, numbers as numbers ("1.2" before "1.10"). */
public final class Codes {
    private Codes() {
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

    /** Codes as written by people: trimmed, no trailing dot ("1.2." is "1.2"). */
    public static String clean(String code) {
        String value = Names.clean(code).replace(" ", "");
        while (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }
}
