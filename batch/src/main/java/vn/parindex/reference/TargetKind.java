package vn.parindex.reference;

import java.util.Locale;
import java.util.Optional;
import vn.parindex.text.Names;

/** What a plan target asks for. */
public enum TargetKind {
    SCORE_AT_LEAST, MAX, RANK_AT_MOST, INCREASE_POINTS, RANK_IMPROVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TargetKind> parse(String text) {
        String key = Names.key(text);
        for (TargetKind kind : values()) {
            if (kind.label().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
