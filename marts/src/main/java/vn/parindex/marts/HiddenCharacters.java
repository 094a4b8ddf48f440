package vn.parindex.marts;

/**
 * Characters a reader cannot see. In a message that quotes input they are written out (&#92;u0000,
 * &#92;ufeff), so "unknown unit 'LCI-SNV&#92;u200b'" does not read as a unit that exists; in text shown to people
 * (pages, charts, workbooks, documents, extracts) the bidirectional controls are dropped, so a right-to-left override
 * in a name cannot reorder what is displayed around it. Vietnamese text never needs one.
 */
public final class HiddenCharacters {
    private HiddenCharacters() {
    }

    /**
     * Whether a reader would not see the code point: control (Cc) and format (Cf: zero-width spaces and joiners,
     * bidi controls, U+FEFF, soft hyphen) characters, line and paragraph separators, lone surrogates.
     */
    public static boolean isHidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> codePoint == 0xFFFE || codePoint == 0xFFFF;
        };
    }

    /** The bidirectional controls: embeddings and overrides, isolates, the LRM, RLM and ALM marks. */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** The text with every hidden character written as &#92;uXXXX (lower-case hex); null stays null. */
    public static String escaped(String text) {
        if (text == null || noneMatch(text, false)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!isHidden(c)) {
                out.appendCodePoint(c);
            } else if (Character.isBmpCodePoint(c)) {
                out.append(String.format("\\u%04x", c));
            } else { // a format character beyond the BMP (tags): both halves, as Java writes it
                out.append(String.format("\\u%04x\\u%04x", (int) Character.highSurrogate(c),
                        (int) Character.lowSurrogate(c)));
            }
        });
        return out.toString();
    }

    /** The text as it may be displayed: without bidi controls; null stays null. */
    public static String withoutBidiControls(String text) {
        if (text == null || noneMatch(text, true)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A scan without building anything: nearly every text has nothing to change. */
    private static boolean noneMatch(String text, boolean bidiOnly) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (bidiOnly ? isBidiControl(c) : isHidden(c)) {
                return false;
            }
        }
        return true;
    }
}
