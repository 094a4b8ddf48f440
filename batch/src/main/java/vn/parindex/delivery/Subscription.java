package vn.parindex.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * One thing a subscriber follows: a unit ({@code unitId}, as units.csv has it) or, with {@code unitId} null, a
 * province as a whole (its ranking tables and every unit's tasks), on one index, and which news of it.
 */
public record Subscription(String province, String unitId, String index, Set<NewsKind> kinds) {
    public Subscription {
        kinds = Set.copyOf(kinds.isEmpty() ? EnumSet.allOf(NewsKind.class) : kinds);
    }

    public boolean provinceWide() {
        return unitId == null;
    }

    /** The same unit or province on the same index: two rows that say so are one subscription. */
    public boolean sameScope(Subscription other) {
        return province.equals(other.province) && java.util.Objects.equals(unitId, other.unitId)
                && index.equals(other.index);
    }

    /** What the ledger keys one kind of news of this subscription by (with the address). */
    public String key(NewsKind kind) {
        return String.join("|", kind.word(), province, unitId == null ? "*" : unitId, index);
    }
}
