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

    /** Old and new tone-mark placement of the same syllable ("hóa" / "hoá", "thủy" / "thuỷ"): one spelling. */
    private static final String[][] TONE_PLACEMENT = {
        {"óa", "oá"}, {"òa", "oà"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
        {"óe", "oé"}, {"òe", "oè"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
        {"úy", "uý"}, {"ùy", "uỳ"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"}};

    /**
     * The key two names are compared by: cleaned and case-folded, as the contract says; also one tone-mark
     * placement, one kind of dash and no spaces around '-' and '&', which real files mix freely.
     */
    public static String key(String text) {
        String key = clean(text).toLowerCase(Locale.ROOT);
        for (String[] pair : TONE_PLACEMENT) {
            key = key.replace(pair[0], pair[1]);
        }
        return key.replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\s*([-&])\\s*", "$1");
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
