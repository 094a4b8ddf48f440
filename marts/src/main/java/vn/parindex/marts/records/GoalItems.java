package vn.parindex.marts.records;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A unit-year's goal items read together, for the pages and the draft plan alike: what the assessed items can
 * regain (the goal gaps' recoverable_item_points), what they lost this year, and in words which of them change
 * maximum in the goal year and how that moves what can be regained.
 */
public final class GoalItems {
    /** More changed items than this are counted, not named, in the sentence. */
    private static final int NAMED = 5;

    private GoalItems() {
    }

    /** What the assessed items can regain in all: the goal gaps' recoverable_item_points. */
    public static double recoverable(List<GoalItem> items) {
        return items.stream().filter(GoalItem::assessed).mapToDouble(i -> i.recoverable() == null ? 0 : i.recoverable())
                .sum();
    }

    /** What the assessed items lost this year: what could be regained were the goal year's tree the same. */
    public static double lost(List<GoalItem> items) {
        return items.stream().filter(GoalItem::assessed).mapToDouble(GoalItem::pointsLost).sum();
    }

    /** Whether the run judged them on the goal year's tree (the input has it), else on this year's points lost. */
    public static boolean onNextTree(List<GoalItem> items) {
        return items.stream().anyMatch(i -> i.nextMax() != null);
    }

    /** The assessed items whose maximum changes in the goal year, or that leave its tree. */
    public static List<GoalItem> changed(List<GoalItem> items) {
        return items.stream().filter(GoalItem::assessed).filter(GoalItem::maximumChanges).toList();
    }

    /**
     * "Năm 2023 điểm tối đa thay đổi ở 1 tiêu chí thẩm định: 2 “Cải cách thể chế” 13,00 → 9,00 (lấy lại được 0,00
     * thay vì 4,00 điểm chưa đạt). Vì vậy ... 14,63 điểm thành phần theo bộ tiêu chí năm 2023, không phải 18,63 ...",
     * or what holds when nothing changes or the goal year's tree is not in the input; null without items.
     *
     * @param number how the caller writes a number ("13,00")
     */
    public static String changes(List<GoalItem> items, int year, Function<Double, String> number) {
        if (items.isEmpty()) {
            return null;
        }
        int goalYear = year + 1;
        if (!onNextTree(items)) {
            return "Dữ liệu đầu vào chưa có bộ tiêu chí năm " + goalYear + ": điểm có thể lấy lại là điểm chưa đạt năm "
                    + year + " ở các tiêu chí thẩm định (" + number.apply(recoverable(items)) + " điểm thành phần).";
        }
        List<GoalItem> changed = changed(items);
        if (changed.isEmpty()) {
            return "Bộ tiêu chí năm " + goalYear + " không đổi điểm tối đa của tiêu chí thẩm định nào: điểm có thể lấy "
                    + "lại (" + number.apply(recoverable(items)) + " điểm thành phần) bằng điểm chưa đạt năm " + year + ".";
        }
        List<String> named = new ArrayList<>();
        for (GoalItem item : changed.subList(0, Math.min(NAMED, changed.size()))) {
            String what = item.code() + " \u201C" + item.name() + "\u201D " + (item.nextMax() < 0.005
                    ? "không còn trong bộ tiêu chí năm " + goalYear
                    : number.apply(item.maxPoints()) + " → " + number.apply(item.nextMax()));
            named.add(what + " (lấy lại được " + number.apply(item.recoverable()) + " thay vì "
                    + number.apply(item.pointsLost()) + " điểm chưa đạt)");
        }
        String more = changed.size() > NAMED ? " và " + (changed.size() - NAMED) + " tiêu chí khác" : "";
        double recoverable = recoverable(items);
        double lost = lost(items);
        String moved = Math.abs(recoverable - lost) < 0.005 ? "bằng điểm chưa đạt năm " + year
                : (recoverable < lost ? "ít hơn " : "nhiều hơn ") + number.apply(Math.abs(recoverable - lost))
                        + " so với " + number.apply(lost) + " điểm chưa đạt năm " + year;
        return "Năm " + goalYear + " điểm tối đa thay đổi ở " + changed.size() + " tiêu chí thẩm định: "
                + String.join("; ", named) + more + ". Vì vậy các tiêu chí thẩm định có thể lấy lại "
                + number.apply(recoverable) + " điểm thành phần theo bộ tiêu chí năm " + goalYear + ", " + moved + ".";
    }
}
