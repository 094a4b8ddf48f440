package vn.parindex.marts;

import java.util.Locale;
import java.util.Optional;

/** The lower-case code a mart holds for an enum constant ("third_party"), and back. */
final class Codes {
    private Codes() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
