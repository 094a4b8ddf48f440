package vn.parindex.text;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of Vietnamese text: inputs often arrive decomposed, with stray spaces and mixed case. */
public final class Names {
    private Names() {
    }

    /** NFC, trimmed, inner white space (including no-break spaces) collapsed to one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The key two names are compared by: cleaned and case-folded. */
    public static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance on keys, used to suggest the closest known names. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
