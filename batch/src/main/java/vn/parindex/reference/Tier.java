package vn.parindex.reference;

import java.util.Locale;
import java.util.Optional;
import vn.parindex.text.Names;

/** Which ranking table a unit belongs to; units are ranked only against units of the same province and tier. */
public enum Tier {
    DEPARTMENT, DISTRICT, COMMUNE, PROVINCE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Blank means department, as the contract says. */
    public static Optional<Tier> parse(String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return Optional.of(DEPARTMENT);
        }
        for (Tier tier : values()) {
            if (tier.label().equals(key)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
