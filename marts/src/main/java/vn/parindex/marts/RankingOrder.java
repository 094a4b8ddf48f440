package vn.parindex.marts;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one order of a ranking, wherever one is listed: rank (unranked last), then, among ties, the unit's name as a
 * Vietnamese reader sorts it, then its id, so that two runs list equal ranks alike.
 */
public final class RankingOrder {
    /** Vietnamese collation ("Đ" after "D", tones after the bare letter); Collator is not thread-safe, hence a copy. */
    public static final Comparator<String> VIETNAMESE = (a, b) -> collator().compare(a, b);

    private RankingOrder() {
    }

    public static <T> Comparator<T> of(Function<T, ? extends Number> rank, Function<T, String> unitName,
                                       Function<T, String> unitId) {
        Comparator<Number> byNumber = Comparator.comparingDouble(Number::doubleValue);
        return Comparator.<T, Number>comparing(rank, Comparator.nullsLast(byNumber))
                .thenComparing(unitName, Comparator.nullsLast(VIETNAMESE))
                .thenComparing(unitId, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Collator collator() {
        return (Collator) COLLATOR.clone();
    }

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi"));
}
