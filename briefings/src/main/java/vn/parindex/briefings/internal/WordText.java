package vn.parindex.briefings.internal;

import vn.parindex.marts.HiddenCharacters;

/**
 * Text as it may go into a Word document: plan texts are typed by hand and come from any file, so control characters
 * (which XML 1.0 does not allow, and which make a document Word refuses to open) are dropped, a tab becomes a space,
 * line breaks are normalised to \n, lone surrogates removed, and bidi controls dropped (a right-to-left override
 * would reorder what the page shows). Text starting with = + - @ needs nothing: Word has no
 * formulas in text, and the writers create no fields, so it stays text.
 */
public final class WordText {
    private WordText() {
    }

    /** The text made safe; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < normalised.length()
                    && Character.isLowSurrogate(normalised.charAt(i + 1))) {
                out.append(c).append(normalised.charAt(++i));
            } else if (c == '\n') {
                out.append(c);
            } else if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                    && !HiddenCharacters.isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Blank (null, empty or only spaces once cleaned) or not. */
    static boolean blank(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isBlank();
    }
}
