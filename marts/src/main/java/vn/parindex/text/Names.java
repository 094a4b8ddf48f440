package vn.parindex.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Normalisation of Vietnamese text: inputs often arrive decomposed, with stray spaces and mixed case. */
public final class Names {
    private Names() {
    }

    /** NFC, trimmed, inner white space (including no-break spaces) collapsed to one space. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (isClean(nfc)) { // most cells: every score cell of a national input passes here, so no regex for them
            return nfc;
        }
        return WHITE_SPACE.matcher(nfc.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACED_JOINERS = Pattern.compile("\\s*([-&])\\s*");

    /** No white space but single inner spaces: what {@link #clean} would return unchanged. */
    private static boolean isClean(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || i == last || text.charAt(i - 1) == ' '
                    : c == '\u00A0' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
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
        if (text == null) {
            return "";
        }
        String known = KEYS.get(text);
        if (known != null) {
            return known;
        }
        if (KEYS.size() >= KEYS_HELD) {
            KEYS.clear();
        }
        String key = keyOf(text);
        KEYS.put(text, key);
        return key;
    }

    /** Every line of a score file names its province and unit again: their keys are remembered (a bounded number). */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int KEYS_HELD = 100_000;

    private static String keyOf(String text) {
        String key = clean(text).toLowerCase(Locale.ROOT);
        if (key.chars().allMatch(c -> c < 0x80 && c != '-' && c != '&')) {
            return key; // ids and codes: nothing below can change them
        }
        for (String[] pair : TONE_PLACEMENT) {
            key = key.replace(pair[0], pair[1]);
        }
        return SPACED_JOINERS.matcher(DASHES.matcher(key).replaceAll("-")).replaceAll("$1");
    }

    /** NFC only, nothing else changed (null stays null): text kept as written, composed. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * A looser key for what people type into a search box: no tone or other marks, đ as d, any case, white space
     * collapsed ("lao cai" for "Lào Cai"). Several names may share it, so it only ever suggests, never resolves.
     */
    public static String folded(String text) {
        String marksApart = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return WHITE_SPACE.matcher(MARKS.matcher(marksApart).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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
