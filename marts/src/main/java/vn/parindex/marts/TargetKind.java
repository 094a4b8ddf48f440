package vn.parindex.marts;

import java.util.Optional;

/** What a plan target asks for (contract 1.4), in the one Vietnamese wording pages and workbooks share. */
public enum TargetKind implements Coded {
    SCORE_AT_LEAST("Điểm đạt ít nhất", false),
    MAX("Đạt điểm tối đa", false),
    RANK_AT_MOST("Xếp hạng không thấp hơn", true),
    INCREASE_POINTS("Tăng điểm so với năm trước", false),
    RANK_IMPROVE("Tăng bậc xếp hạng", true);

    /** goal_gaps' goal that is no target: pass the unit ranked just above. */
    public static final String NEXT_RANK = "next_rank";

    private final String label;
    private final boolean rank;

    TargetKind(String label, boolean rank) {
        this.label = label;
        this.rank = rank;
    }

    @Override
    public String label() {
        return label;
    }

    /** Its target, actual and gap are places in a table: whole numbers, never "10,00". */
    public boolean isRank() {
        return rank;
    }

    public static Optional<TargetKind> of(String code) {
        return Coded.find(TargetKind.class, code);
    }

    public static String label(String code) {
        return Coded.label(TargetKind.class, code);
    }

    /** A goal_gaps goal: next_rank or a target kind. */
    public static String goalLabel(String goal) {
        return NEXT_RANK.equals(goal) ? "Vượt đơn vị xếp trên" : label(goal);
    }

    public static boolean isRank(String code) {
        return of(code).map(TargetKind::isRank).orElse(false);
    }
}
