package vn.parindex.dashboard.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.chart.Series;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.ChartSpec;

/** The charts of a unit page. */
final class UnitCharts {
    private UnitCharts() {
    }

    static ChartSpec values(UnitYear unit, String name) {
        Series series = series(name, unit.history(), "official_value");
        return (charts, format) -> charts.lines("Chỉ số " + unit.index() + " qua các năm", "Chỉ số",
                List.of(series), false, false, format, ChartSize.DEFAULT);
    }

    static ChartSpec ranks(UnitYear unit, String name) {
        Series series = series(name, unit.history(), "rank");
        return (charts, format) -> charts.lines("Thứ hạng qua các năm (1 ở trên cùng)", "Xếp hạng",
                List.of(series), true, true, format, ChartSize.DEFAULT);
    }

    /** Attainment of each domain this year and last (last year's follows the batch's code and lineage matching). */
    static ChartSpec domains(UnitYear unit, List<Row> domains) {
        List<String> names = domains.stream().map(UnitCharts::label).toList();
        List<Double> now = domains.stream().map(r -> r.number("attainment")).toList();
        List<Double> before = domains.stream().map(r -> r.number("attainment") == null
                || r.number("delta_attainment") == null ? null
                : r.number("attainment") - r.number("delta_attainment")).toList();
        List<Series> series = List.of(new Series("Năm " + (unit.year() - 1), names, before),
                new Series("Năm " + unit.year(), names, now));
        return (charts, format) -> charts.groupedBars("Tỷ lệ đạt theo lĩnh vực (%)", "% điểm tối đa", series,
                format, ChartSize.DEFAULT);
    }

    static ChartSpec losses(List<Row> drivers) {
        List<String> names = drivers.stream().map(UnitCharts::label).toList();
        List<Double> lost = drivers.stream().map(r -> r.number("points_lost")).toList();
        return (charts, format) -> charts.bars("Nơi mất điểm nhiều nhất", "Điểm chưa đạt", names, lost, true,
                format, ChartSize.forHorizontalBars(names.size()));
    }

    /** From last year's total to this year's, one step per domain, the rest (items added or dropped) apart. */
    static ChartSpec waterfall(Row previous, Row current, List<Row> domains) {
        double start = previous.number("score_total");
        double end = current.number("score_total");
        List<String> steps = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        for (Row domain : domains) {
            if (domain.number("delta_points") != null) {
                steps.add(label(domain));
                deltas.add(domain.number("delta_points"));
            }
        }
        double rest = end - start - deltas.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(rest) >= 0.005) {
            steps.add("Khác (mục mới, bỏ, làm tròn)");
            deltas.add(Math.round(rest * 100) / 100.0);
        }
        String from = "Năm " + previous.integer("year");
        String to = "Năm " + current.integer("year");
        return (charts, format) -> charts.waterfall("Thay đổi tổng điểm theo lĩnh vực", "Điểm", from, start,
                steps, deltas, to, format, ChartSize.DEFAULT);
    }

    static ChartSpec selfAssessment(List<Row> assessed) {
        List<String> names = assessed.stream().map(UnitCharts::label).toList();
        List<Series> series = List.of(
                new Series("Tự chấm", names, assessed.stream().map(r -> r.number("self_score")).toList()),
                new Series("Thẩm định", names, assessed.stream().map(r -> r.number("score")).toList()));
        return (charts, format) -> charts.groupedBars("Điểm tự chấm và điểm thẩm định", "Điểm", series, format,
                ChartSize.DEFAULT);
    }

    static String label(Row component) {
        return Objects.toString(component.str("code"), "") + ". " + Objects.toString(component.str("name"), "");
    }

    private static Series series(String name, List<Row> history, String column) {
        return new Series(name, history.stream().map(r -> String.valueOf(r.integer("year"))).toList(),
                history.stream().map(r -> r.number(column)).toList());
    }
}
