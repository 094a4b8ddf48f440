package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.TargetKind;
import vn.parindex.marts.TargetStatus;
import vn.parindex.marts.TaskStatus;
import vn.parindex.marts.Tier;

/**
 * The Vietnamese words of the briefings; a column's header is the column's own ({@link Columns}), as on the pages.
 * Points lost are "điểm chưa đạt" (not "điểm trừ"): nothing was deducted.
 */
public final class Labels {
    public static final String RANK = Columns.RANK.label();
    public static final String UNIT = Columns.UNIT_NAME.label();
    public static final String PROVINCE = Columns.PROVINCE.label();
    public static final String YEAR = Columns.YEAR.label();
    public static final String VALUE = Columns.OFFICIAL_VALUE.label();
    public static final String POINTS_LOST = Columns.POINTS_LOST.label();
    public static final String GAP_TO_BEST = Columns.GAP_TO_BEST.label();
    public static final String CHANGE = Columns.DELTA.label();
    public static final String PREVIOUS_VALUE = Columns.PREV_VALUE.label();
    public static final String PREVIOUS_RANK = Columns.PREV_RANK.label();
    public static final String RANK_CHANGE = Columns.RANK_CHANGE.label();
    public static final String RECONCILED = Columns.RECONCILED.label();
    public static final String CODE = Columns.CODE.label();
    public static final String ITEM = Columns.ITEM_NAME.label();
    public static final String DOMAIN = "Lĩnh vực";
    public static final String LEVEL = Columns.LEVEL.label();
    public static final String MAX_POINTS = Columns.MAX_POINTS.label();
    public static final String SCORE = Columns.SCORE.label();
    public static final String SELF_SCORE = Columns.SELF_SCORE.label();
    public static final String ATTAINMENT = Columns.ATTAINMENT.label();
    public static final String DELTA_POINTS = Columns.DELTA_POINTS.label();
    public static final String DELTA_ATTAINMENT = Columns.DELTA_ATTAINMENT.label();
    public static final String SHARE_OF_LOSS = Columns.SHARE_OF_LOSS.label();
    public static final String UNITS = Columns.UNITS.label();
    public static final String MEAN_ATTAINMENT = Columns.MEAN_ATTAINMENT.label();
    public static final String MIN_ATTAINMENT = Columns.MIN_ATTAINMENT.label();
    public static final String MAX_ATTAINMENT = Columns.MAX_ATTAINMENT.label();
    public static final String TOTAL_POINTS_LOST = Columns.TOTAL_POINTS_LOST.label();
    public static final String TARGET = Columns.TARGET.label();
    public static final String TARGET_KIND = Columns.TARGET_KIND.label();
    public static final String ACTUAL = Columns.ACTUAL.label();
    public static final String GAP = Columns.GAP.label();
    public static final String STATUS = "Trạng thái";
    public static final String YES = "Có";
    public static final String NO = "Không";
    public static final String NO_TARGETS = "Không có mục tiêu cho năm này.";

    /** "Mục tiêu kế hoạch năm 2023": the targets of the plan for that year (made from the year before's result). */
    public static String planTargets(int planYear) {
        return "Mục tiêu kế hoạch năm " + planYear;
    }

    public static String noTargets(int planYear) {
        return "Không có mục tiêu kế hoạch năm " + planYear + ".";
    }
    public static final String PROVENANCE = Columns.PROVENANCE.label();
    public static final String PUBLISHED = "bản công bố";
    public static final String UNRECONCILED = "Chênh lệch với số công bố";
    public static final String UNSPLIT = "Chưa chia theo lĩnh vực";
    public static final String CHART_FIGURES = "Số liệu của biểu đồ: mỗi dòng cộng lại bằng điểm chưa đạt của chỉ số.";
    public static final String CHART_SCALED = "Nơi số công bố còn ít điểm chưa đạt hơn tổng các lĩnh vực (chênh lệch"
            + " âm), điểm của các lĩnh vực được thu nhỏ theo tỷ lệ cho bằng điểm chưa đạt của chỉ số ("
            + Provenance.DERIVED.label() + "; bảng bên trái giữ số của từng lĩnh vực).";
    public static final String TOTAL_LOST = "Tổng (bằng điểm chưa đạt của chỉ số)";
    public static final String MERGED = "hợp nhất";

    private static final String NATIONAL = "Việt Nam";

    private Labels() {
    }

    /** "Chỉ số CCHC" for PAR; unknown indices keep their code. */
    public static String indexName(String index) {
        return ScoreIndex.label(index);
    }

    /** Inside a sentence: "sở, ban, ngành", "UBND cấp huyện". */
    public static String tier(String tier) {
        return Tier.of(tier).map(Tier::inSentence).orElse(tier);
    }

    public static String targetKind(String kind) {
        return TargetKind.label(kind);
    }

    /** Targets whose target, actual and gap are ranks (places), not points. */
    public static boolean isRankTarget(String kind) {
        return TargetKind.isRank(kind);
    }

    public static String taskStatus(String status) {
        return status == null ? null : TaskStatus.label(status);
    }

    /** A goal_gaps goal: next_rank or a target kind. */
    public static String goal(String goal) {
        return goal == null ? null : TargetKind.goalLabel(goal);
    }

    public static String status(String status) {
        return status == null ? null : TargetStatus.label(status);
    }

    /**
     * Blank when there was nothing to reconcile. A total that is not itself published is said to be so: "khớp"
     * alone would vouch for a made-up figure.
     */
    public static String reconciled(Boolean reconciled, String provenance) {
        if (reconciled == null) {
            return null;
        }
        String label = Provenance.orPublished(provenance).cellLabel();
        return (reconciled ? YES : NO) + (label == null ? "" : " (tổng là " + label + ")");
    }

    /** "tỉnh Lào Cai"; the national table is "toàn quốc". */
    public static String place(String province) {
        return NATIONAL.equals(province) ? "toàn quốc" : "tỉnh " + province;
    }

    public static String provinceTitle(String index, int year, String province) {
        return "Báo cáo " + indexName(index) + " năm " + year + " — " + place(province);
    }

    /** "Khối sở, ban, ngành" (the context of a table). */
    public static String block(String tier) {
        return "Khối " + tier(tier);
    }

    /** The header line of a sheet: its context, what kinds of data it shows, and which snapshot they come from. */
    public static String source(String context, String mix, String snapshotId) {
        return (context == null ? "" : context + " · ") + (mix == null ? "" : "Dữ liệu: " + mix + " · ")
                + "Bản dữ liệu " + snapshotId;
    }
}
