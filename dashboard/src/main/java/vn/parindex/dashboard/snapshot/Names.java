package vn.parindex.dashboard.snapshot;

import java.text.Normalizer;
import java.util.Locale;

/** Text as the dashboard compares and shows it: NFC, and a case-insensitive key for lookups. */
public final class Names {
    private Names() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "Lào Cai" written in NFD or upper case finds the same province. */
    public static String key(String text) {
        return nfc(text).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A looser key for what people type: no tone or other marks, đ as d, any case, white space collapsed
     * ("lao cai" for "Lào Cai"). Several names may share it, so it only ever suggests.
     */
    public static String folded(String text) {
        String marksApart = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return MARKS.matcher(marksApart).replaceAll("").replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
}
