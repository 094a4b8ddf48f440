package vn.parindex.reference;

import java.util.Locale;
import java.util.Optional;
import vn.parindex.text.Names;

/**
 * Where a score comes from (contract 1.3), strongest first: the order is the one in which the weakest row wins
 * when a value is computed from several rows.
 */
public enum Provenance {
    PUBLISHED, DERIVED, THIRD_PARTY, SYNTHETIC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Blank means published, as the contract says; anything else that is not a label is empty. */
    public static Optional<Provenance> parse(String text) {
        String key = Names.key(text).replace('-', '_').replace(' ', '_');
        if (key.isEmpty()) {
            return Optional.of(PUBLISHED);
        }
        for (Provenance provenance : values()) {
            if (provenance.label().equals(key)) {
                return Optional.of(provenance);
            }
        }
        return Optional.empty();
    }
}
