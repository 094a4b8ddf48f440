package vn.parindex.marts;

import java.util.Locale;
import java.util.Optional;

/** A value the marts hold as a code ("third_party"), with the one Vietnamese label pages and workbooks show. */
public interface Coded {
    String name();

    String label();

    /** The marts' word: the constant's name in lower case. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The label of a mart's code; an unknown code is shown as it is. */
    static <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
        return find(type, code).map(Coded::label).orElse(code);
    }
}
