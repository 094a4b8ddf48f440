package vn.parindex.reference;

import java.util.Locale;
import java.util.Optional;
import vn.parindex.text.Names;

/** The three indices the product computes. */
public enum ScoreIndex {
    PAR, SIPAS, PAPI;

    public static Optional<ScoreIndex> parse(String text) {
        String key = Names.clean(text).toUpperCase(Locale.ROOT).replace(" ", "");
        if (key.equals("PARINDEX")) {
            return Optional.of(PAR);
        }
        for (ScoreIndex index : values()) {
            if (index.name().equals(key)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
