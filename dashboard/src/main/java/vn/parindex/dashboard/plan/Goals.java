package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.chart.Series;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.ChartSpec;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.marts.TargetKind;

/**
 * "What it takes": the unit-year's goal_gaps rows — passing the next unit and each plan target of the year after —
 * as a table and as a chart of the points needed against the points the unit can recover itself. Every figure
 * derives from the unit-year's official value, so it carries that value's provenance.
 */
final class Goals {
    private Goals() {
    }

    /** "Vượt đơn vị xếp trên (lên hạng 10)", "Kế hoạch 2023: Xếp hạng không thấp hơn (hạng 10)". */
    static String label(MartRow goal) {
        String kind = goal.get(Columns.GOAL);
        Integer rank = goal.get(Columns.GOAL_RANK);
        String place = rank == null ? "" : " (hạng " + rank + ")";
        if (TargetKind.NEXT_RANK.equals(kind)) {
            return TargetKind.goalLabel(kind) + place;
        }
        return "Kế hoạch " + goal.get(Columns.GOAL_YEAR) + ": " + TargetKind.label(kind) + place;
    }

    /** A chart's axis has room for a few words: "Vượt đơn vị trên", "2023: hạng 10", "2023: 90,00 điểm". */
    static String shortLabel(MartRow goal) {
        String kind = goal.get(Columns.GOAL);
        if (TargetKind.NEXT_RANK.equals(kind)) {
            return TargetKind.goalLabel(kind);
        }
        Integer rank = goal.get(Columns.GOAL_RANK);
        return "Mục tiêu " + goal.get(Columns.GOAL_YEAR) + ": " + (rank != null ? "hạng " + rank
                : goal.get(Columns.GOAL_VALUE) != null ? Formats.number(goal.get(Columns.GOAL_VALUE)) + " điểm"
                : TargetKind.label(kind));
    }

    static DataTable table(List<MartRow> goals, MartRow unitYear, String points) {
        String provenance = unitYear.get(Columns.PROVENANCE);
        String source = unitYear.get(Columns.SOURCE);
        DataTable table = new DataTable("muc-tieu-can-dat", "Cần bao nhiêu điểm để đạt mục tiêu", "Mục tiêu",
                "Hạng cần đạt", "Điểm cần đạt", "Điểm hiện tại", "Cần thêm (" + points + ")",
                "Cần thêm (điểm thành phần)", "Có thể lấy lại ở tiêu chí thẩm định (điểm thành phần)", "Khả thi",
                "Nguồn số liệu");
        for (MartRow goal : goals) {
            Boolean reachable = goal.get(Columns.REACHABLE);
            table.row(Cell.text(label(goal)), Cell.number(goal.get(Columns.GOAL_RANK)),
                    scaled(unitYear, goal.get(Columns.GOAL_VALUE)).from(provenance, source),
                    scaled(unitYear, goal.get(Columns.OFFICIAL_VALUE)).from(provenance, source),
                    Cell.number(goal.get(Columns.NEEDED_INDEX_POINTS)).from(provenance, source),
                    Cell.number(goal.get(Columns.NEEDED_ITEM_POINTS)),
                    Cell.number(goal.get(Columns.RECOVERABLE_ITEM_POINTS)),
                    reachable == null ? Cell.text("–")
                            : new Cell(reachable ? "Có" : "Không", reachable.toString(), null,
                            reachable ? "ok" : "flag"),
                    Cell.provenanceOf(provenance, source));
        }
        return table;
    }

    /** Needed item points beside recoverable item points, one pair per goal: can the unit close the gap itself? */
    static ChartSpec chart(List<MartRow> goals, MartRow unitYear, List<MartRow> marks) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            names.add((i + 1) + ". " + shortLabel(goals.get(i)));
        }
        List<Series> series = List.of(
                new Series("Cần thêm", names, goals.stream().map(g -> g.get(Columns.NEEDED_ITEM_POINTS)).toList()),
                new Series("Có thể lấy lại (tiêu chí thẩm định)", names,
                        goals.stream().map(g -> g.get(Columns.RECOVERABLE_ITEM_POINTS)).toList()));
        String axis = Figures.PAPI.equals(unitYear.get(Columns.INDEX)) ? "Điểm PAPI" : "Điểm thành phần";
        String title = ChartLabels.titled("Khoảng cách đến mục tiêu và điểm có thể lấy lại năm "
                + unitYear.get(Columns.YEAR) + " (" + Formats.number(unitYear.get(Columns.OFFICIAL_VALUE)) + ")", marks);
        return (charts, format) -> charts.groupedBars(title, axis, series, format, ChartSize.DEFAULT);
    }

    private static Cell scaled(MartRow unitYear, Double value) {
        return new Cell(Figures.withScale(unitYear, value), Formats.csv(value), null, "num");
    }
}
