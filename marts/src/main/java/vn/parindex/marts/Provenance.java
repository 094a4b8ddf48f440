package vn.parindex.marts;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a score comes from (contract 1.3), strongest first: a value computed from several rows is as weak as the
 * weakest of them, so the order matters.
 */
public enum Provenance implements Coded {
    PUBLISHED("công bố"),
    DERIVED("suy ra"),
    THIRD_PARTY("nguồn không chính thức"),
    SYNTHETIC("số liệu minh họa");

    private final String label;

    Provenance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The weaker of the two. */
    public Provenance weaker(Provenance other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    public static Optional<Provenance> of(String code) {
        return Coded.find(Provenance.class, code);
    }

    /** A mart's word, blank or unknown being published (the contract's default). */
    public static Provenance orPublished(String code) {
        return code == null || code.isBlank() ? PUBLISHED
                : of(code.strip().toLowerCase(Locale.ROOT)).orElse(PUBLISHED);
    }
}
