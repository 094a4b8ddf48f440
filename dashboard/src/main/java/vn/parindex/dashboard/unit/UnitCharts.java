package vn.parindex.dashboard.unit;

import java.util.List;
import java.util.Objects;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.chart.Series;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.ChartSpec;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Labels;

/** The charts of a unit page; a year whose figure is not published is tagged on the axis. */
final class UnitCharts {
    private UnitCharts() {
    }

    static ChartSpec values(UnitYear unit, String name) {
        List<Row> history = unit.history();
        Series series = new Series(name, years(history, false), history.stream().map(r -> r.number("official_value"))
                .toList());
        String axis = Labels.valueAxis(unit.index(), Figures.scale(unit.current()));
        String title = ChartLabels.titled("Chỉ số " + unit.index() + " qua các năm", history);
        return (charts, format) -> charts.lines(title, axis, List.of(series), false, false, format, ChartSize.DEFAULT);
    }

    /** Ranks with the size of each year's table ("2025 (/34)"): a rank of 63 and a rank of 34 are not one scale. */
    static ChartSpec ranks(UnitYear unit, String name) {
        List<Row> history = unit.history();
        Series series = new Series(name, years(history, true), history.stream().map(r -> r.number("rank")).toList());
        String title = ChartLabels.titled("Thứ hạng qua các năm (1 ở trên cùng)", history);
        return (charts, format) -> charts.lines(title, "Xếp hạng", List.of(series), true, true, format,
                ChartSize.DEFAULT);
    }

    /** Attainment of each domain this year and last (last year's follows the batch's code and lineage matching). */
    static ChartSpec domains(UnitYear unit, List<Row> domains) {
        List<String> names = domains.stream().map(UnitCharts::label).toList();
        List<Double> now = domains.stream().map(r -> r.number("attainment")).toList();
        List<Double> before = domains.stream().map(r -> r.number("prev_score") == null || r.number("prev_max") == null
                || r.number("prev_max") == 0 ? null : 100 * r.number("prev_score") / r.number("prev_max")).toList();
        List<Series> series = List.of(new Series("Năm " + (unit.year() - 1), names, before),
                new Series("Năm " + unit.year(), names, now));
        return (charts, format) -> charts.groupedBars(ChartLabels.titled("Tỷ lệ đạt theo lĩnh vực (%)", domains),
                "% điểm tối đa", series, format, ChartSize.DEFAULT);
    }

    /** Points lost per domain in index points, the gap to the published value its own bar: they make the headline. */
    static ChartSpec losses(DomainLosses losses, String axis) {
        List<String> names = losses.lines().stream().map(l -> l.isDifference() ? l.name() : l.code() + ". " + l.name())
                .toList();
        List<Double> lost = losses.lines().stream().map(DomainLosses.Line::indexPointsLost).toList();
        return (charts, format) -> charts.bars("Điểm chưa đạt theo lĩnh vực (cộng lại: " + format2(losses.total()) + ")",
                axis, names, lost, true, format, ChartSize.forHorizontalBars(names.size()));
    }

    static ChartSpec waterfall(Waterfall steps, int year, String axis) {
        return (charts, format) -> charts.waterfall("Thay đổi chỉ số theo lĩnh vực (điểm chỉ số)", axis,
                "Năm " + (year - 1), steps.start(), steps.steps(), steps.deltas(), "Năm " + year, format,
                ChartSize.DEFAULT);
    }

    /** Self-assessed against appraised, as % of each item's maximum: items of different maxima on one scale. */
    static ChartSpec selfAssessment(List<Row> assessed) {
        List<String> names = assessed.stream().map(UnitCharts::label).toList();
        List<Series> series = List.of(
                new Series("Tự chấm", names, assessed.stream().map(r -> percent(r, "self_score")).toList()),
                new Series("Thẩm định", names, assessed.stream().map(r -> percent(r, "score")).toList()));
        return (charts, format) -> charts.groupedBars("Điểm tự chấm và điểm thẩm định (% điểm tối đa)",
                "% điểm tối đa", series, format, ChartSize.DEFAULT);
    }

    static String label(Row component) {
        return Objects.toString(component.str("code"), "") + ". " + Objects.toString(component.str("name"), "");
    }

    private static Double percent(Row item, String column) {
        Double value = item.number(column);
        Double max = item.number("max_points");
        return value == null || max == null || max == 0 ? null : 100 * value / max;
    }

    private static List<String> years(List<Row> history, boolean withTableSize) {
        return history.stream().map(r -> r.integer("year") + (withTableSize && r.integer("rank_of") != null
                ? " (/" + r.integer("rank_of") + ")" : "") + ChartLabels.tag(r.str("provenance"))).toList();
    }

    private static String format2(double value) {
        return vn.parindex.dashboard.web.Formats.number(value);
    }
}
