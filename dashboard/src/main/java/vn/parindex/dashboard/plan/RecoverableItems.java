package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import vn.parindex.text.Codes;
import java.util.Comparator;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.records.GoalItem;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;

/**
 * The items that could supply a goal's points, as the goal gaps count them (contract 2): the goal_items mart's rows,
 * each deepest scored item with the goal year's maximum and what it can regain (max(0, that maximum - its score), 0
 * for an item the goal year's tree no longer has, the points it lost without that tree). A snapshot published before
 * goal_items has next year's maxima only from next year's scores ({@link NextYearMaxima}). Assessed items first (survey-scored ones are not
 * in the unit's own hands), then by what they can regain, with the running total of the assessed ones (how many
 * items close the gap); items that lost points but can regain none (a maximum cut to the score) are listed too.
 */
final class RecoverableItems {
    static final String ASSESSED = "assessed";
    private static final double HALF_CENT = 0.005;

    /**
     * One deepest item (a component_year or goal_items row), its maximum next year (null: not known or gone), what it
     * can regain, whether it is assessed and what it lost this year.
     */
    record Line(MartRow item, Double nextMax, double regain, boolean assessed, double lost) {
    }

    private static final Comparator<Line> ORDER = Comparator.comparing((Line line) -> !line.assessed())
            .thenComparing(line -> -line.regain())
            .thenComparing(line -> line.item().get(Columns.CODE), Codes.ORDER);

    private RecoverableItems() {
    }

    /** From the unit-year's goal_items rows: the batch's figures, which add up to the goal gaps'. */
    static List<Line> ofGoalItems(List<MartRow> goalItems) {
        return goalItems.stream().map(row -> {
            GoalItem item = MartRecords.goalItem(row);
            return new Line(row, item.nextMax() == null || item.nextMax() < HALF_CENT ? null : item.nextMax(),
                    item.recoverable() == null ? 0 : item.recoverable(), item.assessed(), item.pointsLost());
        }).filter(line -> line.regain() >= HALF_CENT || line.lost() >= HALF_CENT).sorted(ORDER).toList();
    }

    static List<Line> of(List<MartRow> components, NextYearMaxima next) {
        return DeepestItems.having(components, Columns.SCORE).stream()
                .map(item -> line(item, next))
                .filter(line -> line.regain() >= HALF_CENT || line.lost() >= HALF_CENT)
                .sorted(ORDER)
                .toList();
    }

    private static Line line(MartRow item, NextYearMaxima next) {
        boolean assessed = ASSESSED.equals(item.get(Columns.ITEM_KIND));
        if (!next.scored()) {
            return new Line(item, null, lost(item), assessed, lost(item));
        }
        Double max = next.of(item);
        return new Line(item, max, max == null ? 0 : Math.max(0, max - item.get(Columns.SCORE)), assessed, lost(item));
    }

    /** What the assessed items can regain in all: the goal gaps' recoverable_item_points, as this table counts it. */
    static double assessedTotal(List<Line> lines) {
        return lines.stream().filter(Line::assessed).mapToDouble(Line::regain).sum();
    }

    /**
     * @param nextKnown whether the goal year's maxima are known; {@code unknownWhy} says why not in the column
     */
    static DataTable table(List<Line> lines, MartRow unitYear, boolean nextKnown, String unknownWhy, String points) {
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        int year = unitYear.get(Columns.YEAR);
        DataTable table = new DataTable("tieu-chi-lay-lai-diem", "Tiêu chí có thể lấy lại điểm năm " + (year + 1),
                "Mã", "Tiêu chí", "Loại chấm điểm", "Điểm tối đa", "Điểm đạt", "Điểm chưa đạt (điểm thành phần)",
                "Điểm tối đa năm " + (year + 1), "Có thể lấy lại (điểm thành phần)", "Có thể lấy lại (" + points + ")",
                "Cộng dồn tiêu chí thẩm định (điểm thành phần)", "Nguồn số liệu");
        double running = 0;
        for (Line line : lines) {
            MartRow item = line.item();
            if (line.assessed()) {
                running += line.regain();
            }
            table.row(Cell.text(item.get(Columns.CODE)), Cell.text(item.get(Columns.ITEM_NAME)),
                    line.assessed() ? Cell.text("Thẩm định") : Cell.text("Điều tra xã hội học — không do đơn vị tự quyết")
                            .withClass("flag"),
                    Cell.number(item.get(Columns.MAX_POINTS)), Cell.number(item.get(Columns.SCORE)),
                    Cell.number(line.lost()), nextMaximum(item, line.nextMax(), nextKnown, unknownWhy, year + 1),
                    Cell.number(line.regain()), Cell.number(factor == null ? null : line.regain() * factor),
                    Cell.number(line.assessed() ? running : null),
                    Cell.provenanceOf(item.get(Columns.PROVENANCE), null));
        }
        return table;
    }

    private static Cell nextMaximum(MartRow item, Double nextMax, boolean known, String unknownWhy, int nextYear) {
        if (!known) {
            return Cell.text(unknownWhy);
        }
        if (nextMax == null) {
            return new Cell("không còn trong bộ tiêu chí năm " + nextYear, "", null, "flag");
        }
        Double max = item.get(Columns.MAX_POINTS);
        if (max != null && Math.abs(nextMax - max) >= HALF_CENT) {
            return new Cell("⚠ đổi " + Formats.number(max) + " → " + Formats.number(nextMax), Formats.csv(nextMax),
                    null, "flag");
        }
        return new Cell("không đổi", Formats.csv(nextMax), null, "num");
    }

    private static double lost(MartRow item) {
        Double lost = item.get(Columns.POINTS_LOST);
        return lost == null ? 0 : lost;
    }
}
