package vn.parindex.dashboard.unit;

import vn.parindex.marts.Column;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import java.util.List;
import java.util.Objects;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.chart.Series;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.ChartSpec;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Labels;

/** The charts of a unit page; a year whose figure is not published is tagged on the axis. */
final class UnitCharts {
    private UnitCharts() {
    }

    static ChartSpec values(UnitYear unit, String name) {
        List<MartRow> history = unit.history();
        Series series = new Series(name, years(history, false), history.stream().map(r -> r.get(Columns.OFFICIAL_VALUE))
                .toList());
        String axis = Labels.valueAxis(unit.index(), Figures.scale(unit.current()));
        String title = ChartLabels.titled("Chỉ số " + unit.index() + " qua các năm", history);
        return (charts, format) -> charts.lines(title, axis, List.of(series), false, false, format, ChartSize.DEFAULT);
    }

    /** Ranks with the size of each year's table ("2025 (/34)"): a rank of 63 and a rank of 34 are not one scale. */
    static ChartSpec ranks(UnitYear unit, String name) {
        List<MartRow> history = unit.history();
        Series series = new Series(name, years(history, true), history.stream()
                .map(r -> r.get(Columns.RANK) == null ? null : r.get(Columns.RANK).doubleValue()).toList());
        String title = ChartLabels.titled("Thứ hạng qua các năm (1 ở trên cùng)", history);
        return (charts, format) -> charts.lines(title, "Xếp hạng", List.of(series), true, true, format,
                ChartSize.DEFAULT);
    }

    /** Attainment of each domain this year and last (last year's follows the batch's code and lineage matching). */
    static ChartSpec domains(UnitYear unit, List<MartRow> domains, PreviousYear previous) {
        List<String> names = domains.stream().map(UnitCharts::label).toList();
        List<Double> now = domains.stream().map(r -> r.get(Columns.ATTAINMENT)).toList();
        List<Double> before = domains.stream().map(r -> r.get(Columns.PREV_SCORE) == null || r.get(Columns.PREV_MAX) == null
                || r.get(Columns.PREV_MAX) == 0 ? null : 100 * r.get(Columns.PREV_SCORE) / r.get(Columns.PREV_MAX)).toList();
        List<String> beforeKinds = domains.stream().map(previous::of).toList();
        List<String> nowKinds = domains.stream().map(r -> r.get(Columns.PROVENANCE)).toList();
        List<Series> series = List.of(new Series("Năm " + (unit.year() - 1) + weakestTag(beforeKinds), names, before),
                new Series("Năm " + unit.year() + weakestTag(nowKinds), names, now));
        List<String> all = new java.util.ArrayList<>(nowKinds);
        all.addAll(beforeKinds);
        return (charts, format) -> charts.groupedBars(ChartLabels.titledBy("Tỷ lệ đạt theo lĩnh vực (%)", all),
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

    /**
     * @param provenances where the steps come from: each domain's change on last year (the weaker of its two years)
     *                    and the unit's own, so that the title says which are not published
     */
    static ChartSpec waterfall(Waterfall steps, int year, String axis, List<String> provenances) {
        String title = ChartLabels.titledBy("Thay đổi chỉ số theo lĩnh vực (điểm chỉ số)"
                + weakestTag(provenances), provenances);
        return (charts, format) -> charts.waterfall(title, axis,
                "Năm " + (year - 1), steps.start(), steps.steps(), steps.deltas(), "Năm " + year, format,
                ChartSize.DEFAULT);
    }

    /** Self-assessed against appraised, as % of each item's maximum: items of different maxima on one scale. */
    static ChartSpec selfAssessment(List<MartRow> assessed) {
        List<String> names = assessed.stream().map(UnitCharts::label).toList();
        List<Series> series = List.of(
                new Series("Tự chấm", names, assessed.stream().map(r -> percent(r, Columns.SELF_SCORE)).toList()),
                new Series("Thẩm định", names, assessed.stream().map(r -> percent(r, Columns.SCORE)).toList()));
        return (charts, format) -> charts.groupedBars("Điểm tự chấm và điểm thẩm định (% điểm tối đa)",
                "% điểm tối đa", series, format, ChartSize.DEFAULT);
    }

    /** The tag of the weakest of the provenances (" [minh họa]"), "" when all are published. */
    private static String weakestTag(List<String> provenances) {
        return Provenance.weakest(provenances).tag();
    }

    static String label(MartRow component) {
        return Objects.toString(component.get(Columns.CODE), "") + ". " + Objects.toString(component.get(Columns.ITEM_NAME), "");
    }

    private static Double percent(MartRow item, Column<Double> column) {
        Double value = item.get(column);
        Double max = item.get(Columns.MAX_POINTS);
        return value == null || max == null || max == 0 ? null : 100 * value / max;
    }

    private static List<String> years(List<MartRow> history, boolean withTableSize) {
        return history.stream().map(r -> r.get(Columns.YEAR) + (withTableSize && r.get(Columns.RANK_OF) != null
                ? " (/" + r.get(Columns.RANK_OF) + ")" : "") + ChartLabels.tag(r.get(Columns.PROVENANCE))).toList();
    }

    private static String format2(double value) {
        return vn.parindex.dashboard.web.Formats.number(value);
    }
}
