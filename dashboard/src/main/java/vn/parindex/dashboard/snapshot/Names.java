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
}
