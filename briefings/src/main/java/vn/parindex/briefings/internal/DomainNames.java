package vn.parindex.briefings.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Domains compared across provinces and years are matched by name, not code: codes are renumbered between years
 * and differ between provinces' trees. Names match after NFC, case-folding and collapsing white space.
 */
final class DomainNames {
    private DomainNames() {
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
