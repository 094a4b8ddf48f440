package vn.parindex.dashboard.plan;

import java.util.Comparator;
import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;

/**
 * The items that could supply a goal's points, judged as the goal gaps are (contract 2): each deepest scored item
 * can regain max(0, next year's maximum - its score) when next year's maxima are known ({@link NextYearMaxima}; 0
 * for an item next year no longer has), else the points it lost. Assessed items first (survey-scored ones are not
 * in the unit's own hands), then by what they can regain, with the running total of the assessed ones (how many
 * items close the gap); items that lost points but can regain none (a maximum cut to the score) are listed too.
 */
final class RecoverableItems {
    static final String ASSESSED = "assessed";
    private static final double HALF_CENT = 0.005;

    /** One deepest item, its maximum next year (null: not known or gone) and what it can regain. */
    record Line(Row item, Double nextMax, double regain) {
        boolean assessed() {
            return ASSESSED.equals(item.str("kind"));
        }
    }

    private RecoverableItems() {
    }

    static List<Line> of(List<Row> components, NextYearMaxima next) {
        return DeepestItems.having(components, "score").stream()
                .map(item -> line(item, next))
                .filter(line -> line.regain() >= HALF_CENT || lost(line.item()) >= HALF_CENT)
                .sorted(Comparator.comparing((Line line) -> !line.assessed())
                        .thenComparing(line -> -line.regain())
                        .thenComparing(line -> line.item().str("code"), Codes.ORDER))
                .toList();
    }

    private static Line line(Row item, NextYearMaxima next) {
        if (!next.scored()) {
            return new Line(item, null, lost(item));
        }
        Double max = next.of(item);
        return new Line(item, max, max == null ? 0 : Math.max(0, max - item.number("score")));
    }

    /** What the assessed items can regain in all: the goal gaps' recoverable_item_points, as this table counts it. */
    static double assessedTotal(List<Line> lines) {
        return lines.stream().filter(Line::assessed).mapToDouble(Line::regain).sum();
    }

    static DataTable table(List<Line> lines, Row unitYear, NextYearMaxima next, String points) {
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        int year = unitYear.integer("year");
        DataTable table = new DataTable("tieu-chi-lay-lai-diem", "Tiêu chí có thể lấy lại điểm năm " + (year + 1),
                "Mã", "Tiêu chí", "Loại chấm điểm", "Điểm tối đa", "Điểm đạt", "Điểm chưa đạt (điểm thành phần)",
                "Điểm tối đa năm " + (year + 1), "Có thể lấy lại (điểm thành phần)", "Có thể lấy lại (" + points + ")",
                "Cộng dồn tiêu chí thẩm định (điểm thành phần)", "Nguồn số liệu");
        double running = 0;
        for (Line line : lines) {
            Row item = line.item();
            if (line.assessed()) {
                running += line.regain();
            }
            table.row(Cell.text(item.str("code")), Cell.text(item.str("name")),
                    line.assessed() ? Cell.text("Thẩm định") : Cell.text("Điều tra xã hội học — không do đơn vị tự quyết")
                            .withClass("flag"),
                    Cell.number(item.number("max_points")), Cell.number(item.number("score")),
                    Cell.number(lost(item)), nextMaximum(item, line.nextMax(), next.scored(), year + 1),
                    Cell.number(line.regain()), Cell.number(factor == null ? null : line.regain() * factor),
                    Cell.number(line.assessed() ? running : null),
                    Cell.provenanceOf(item.str("provenance"), null));
        }
        return table;
    }

    private static Cell nextMaximum(Row item, Double nextMax, boolean scored, int nextYear) {
        if (!scored) {
            return Cell.text("chưa có kết quả năm " + nextYear);
        }
        if (nextMax == null) {
            return new Cell("không còn trong điểm năm " + nextYear, "", null, "flag");
        }
        Double max = item.number("max_points");
        if (max != null && Math.abs(nextMax - max) >= HALF_CENT) {
            return new Cell("⚠ đổi " + Formats.number(max) + " → " + Formats.number(nextMax), Formats.csv(nextMax),
                    null, "flag");
        }
        return new Cell("không đổi", Formats.csv(nextMax), null, "num");
    }

    private static double lost(Row item) {
        Double lost = item.number("points_lost");
        return lost == null ? 0 : lost;
    }
}
