package vn.parindex.dashboard.unit;

import java.util.Map;

/** The kinds of plan target (contract 1.4) in Vietnamese. */
final class TargetKinds {
    private static final Map<String, String> LABELS = Map.of(
            "score_at_least", "Điểm đạt ít nhất", "max", "Đạt điểm tối đa",
            "rank_at_most", "Xếp hạng không thấp hơn", "increase_points", "Tăng điểm so với năm trước",
            "rank_improve", "Tăng bậc xếp hạng so với năm trước");

    private TargetKinds() {
    }

    static String label(String kind) {
        return kind == null ? "" : LABELS.getOrDefault(kind, kind);
    }
}
