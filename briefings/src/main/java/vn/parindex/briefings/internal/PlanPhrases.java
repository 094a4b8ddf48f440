package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.TargetResult;

/** The sentences and cell texts of a draft plan: figures with their provenance, targets and goals in words. */
final class PlanPhrases {
    /** The draft's own proposal where the plan states no target: marked so nobody takes it for the plan's. */
    static final String PROPOSED = " (đề xuất)";

    private PlanPhrases() {
    }

    /** "87,13" or "85,00 (số liệu minh họa)": a figure not taken from a published result says so. */
    static String value(Double value, String provenance) {
        String text = ViNumbers.of(value);
        if (text == null) {
            return "—";
        }
        String label = Provenance.orPublished(provenance).cellLabel();
        return label == null ? text : text + " (" + label + ")";
    }

    /** A plan target for next year in words: "Đạt điểm tối đa", "Xếp hạng không thấp hơn: 10". */
    static String target(TargetResult target) {
        String kind = Labels.targetKind(target.kind());
        if (target.target() == null) {
            return kind;
        }
        String value = Labels.isRankTarget(target.kind()) ? String.valueOf(Math.round(target.target()))
                : ViNumbers.of(target.target());
        return kind + ": " + value + (target.kind().equals("increase_points") ? " điểm" : "");
    }

    /** The draft's proposal for an item without a target: keep the maximum, reach it, or raise a survey score. */
    static String proposal(ItemResult item) {
        if (item.pointsLost() != null && item.pointsLost() < 0.005) {
            return "Duy trì điểm tối đa" + PROPOSED;
        }
        return (item.survey() ? "Nâng điểm điều tra xã hội học" : "Đạt điểm tối đa " + ViNumbers.of(item.maxPoints())
                + " điểm") + PROPOSED;
    }

    /** The criterion's name as the seeds write it, with the survey ones marked. */
    static String criterion(ItemResult item) {
        return item.code() + ". " + item.name() + (item.survey() ? " (Điều tra XHH)" : "");
    }

    /** "Vượt lên hạng kế tiếp (hạng 10)", "Xếp hạng không thấp hơn 10 (năm 2023)". */
    static String goal(GoalGap goal) {
        StringBuilder text = new StringBuilder(Labels.goal(goal.goal()));
        if (GoalGap.NEXT_RANK.equals(goal.goal())) {
            text.append(goal.goalRank() == null ? "" : " (hạng " + goal.goalRank() + ")");
        } else {
            if (goal.goal().equals("rank_at_most") && goal.goalRank() != null) {
                text.append(' ').append(goal.goalRank());
            } else if (goal.goal().equals("rank_improve") && goal.goalRank() != null) {
                text.append(": lên hạng ").append(goal.goalRank());
            }
            text.append(goal.goalYear() == null ? "" : " — mục tiêu năm " + goal.goalYear());
        }
        return text.toString();
    }

    /** "Khả thi", "Chưa đủ", or nothing when it cannot be told. */
    static String reachable(Boolean reachable) {
        return reachable == null ? null : reachable ? "Khả thi" : "Chưa đủ";
    }
}
