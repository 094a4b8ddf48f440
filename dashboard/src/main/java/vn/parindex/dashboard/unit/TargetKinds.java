package vn.parindex.dashboard.unit;

import java.util.Map;
import java.util.Set;

/** The kinds of plan target (contract 1.4) in Vietnamese, and which of them are ranks. */
public final class TargetKinds {
    private static final Map<String, String> LABELS = Map.of(
            "score_at_least", "Điểm đạt ít nhất", "max", "Đạt điểm tối đa",
            "rank_at_most", "Xếp hạng không thấp hơn", "increase_points", "Tăng điểm so với năm trước",
            "rank_improve", "Tăng bậc xếp hạng");
    /** Their target, actual and gap are places in a table: whole numbers, never "10,00". */
    private static final Set<String> RANKS = Set.of("rank_at_most", "rank_improve");

    private TargetKinds() {
    }

    public static String label(String kind) {
        return kind == null ? "" : LABELS.getOrDefault(kind, kind);
    }

    public static boolean isRank(String kind) {
        return kind != null && RANKS.contains(kind);
    }
}
