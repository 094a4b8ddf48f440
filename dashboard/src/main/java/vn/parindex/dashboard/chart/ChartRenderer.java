package vn.parindex.dashboard.chart;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Renders the dashboard's charts as PNG or SVG bytes. Create once and share: it holds only immutable state
 * (the bundled fonts and the theme), builds a new chart on every call and caches nothing.
 *
 * <p>Every text is NFC-normalised and drawn in the bundled DejaVu Sans; category and series names longer than
 * {@value ChartText#MAX_LABEL_LENGTH} characters are cut with "…". Null, NaN or missing values are no point;
 * empty input draws "Không có dữ liệu" instead of failing.
 */
public final class ChartRenderer {
    private final BarCharts barCharts;
    private final LineCharts lineCharts;
    private final WaterfallCharts waterfallCharts;
    private final BoxPlotCharts boxPlotCharts;
    private final HeatmapCharts heatmapCharts;

    public ChartRenderer() {
        // The fonts first: loading them switches AWT to headless mode before any other AWT use.
        ChartFonts fonts = ChartFonts.load();
        ChartTheme theme = new ChartTheme(fonts);
        barCharts = new BarCharts(theme);
        lineCharts = new LineCharts(theme);
        waterfallCharts = new WaterfallCharts(theme);
        boxPlotCharts = new BoxPlotCharts(theme);
        heatmapCharts = new HeatmapCharts(theme);
    }

    /**
     * One bar per category in the given order, labelled with its value (2 decimals). Horizontal bars put the
     * first category at the top (rankings, loss drivers); see {@link ChartSize#forHorizontalBars}.
     */
    public byte[] bars(String title, String valueAxisLabel, List<String> categories, List<Double> values,
            boolean horizontal, Format format, ChartSize size) {
        return ChartEncoder.encode(barCharts.bars(title, valueAxisLabel, categories, values, horizontal),
                format, size);
    }

    /**
     * Side-by-side bars per category, one colour per series, with a legend. Categories are matched by name
     * across series; horizontal when a category name is longer than 20 characters.
     */
    public byte[] groupedBars(String title, String valueAxisLabel, List<Series> series, Format format,
            ChartSize size) {
        return ChartEncoder.encode(barCharts.grouped(title, valueAxisLabel, series), format, size);
    }

    /** Bars of the series stacked per category, with a legend; oriented like {@link #groupedBars}. */
    public byte[] stackedBars(String title, String valueAxisLabel, List<Series> series, Format format,
            ChartSize size) {
        return stackedBars(title, valueAxisLabel, series, List.of(), format, size);
    }

    /**
     * As {@link #stackedBars(String, String, List, Format, ChartSize)}, each series in its own colour (RGB hex
     * without '#', paired by position; missing or null: the palette's), for series that mean one thing everywhere,
     * such as the task statuses of marts' TaskStatus.
     */
    public byte[] stackedBars(String title, String valueAxisLabel, List<Series> series, List<String> colours,
            Format format, ChartSize size) {
        return ChartEncoder.encode(barCharts.stacked(title, valueAxisLabel, series, colours), format, size);
    }

    /**
     * One line per series over the categories (years) in order of first appearance: give every series the
     * same year list, with null for a missing year. A legend when there are several series.
     *
     * @param invertedAxis 1 at the top, for ranks
     * @param integerAxis  whole-number ticks, for ranks
     */
    public byte[] lines(String title, String valueAxisLabel, List<Series> series, boolean invertedAxis,
            boolean integerAxis, Format format, ChartSize size) {
        return ChartEncoder.encode(lineCharts.lines(title, valueAxisLabel, series, invertedAxis, integerAxis),
                format, size);
    }

    /**
     * Lines as {@link #lines}, for comparisons: a series whose flag is false is drawn thin and grey behind the
     * coloured ones, so that the chosen few stand out among many.
     */
    public byte[] lines(String title, String valueAxisLabel, List<Series> series, List<Boolean> coloured,
            Format format, ChartSize size) {
        return ChartEncoder.encode(lineCharts.highlighted(title, valueAxisLabel, series, coloured), format, size);
    }

    /**
     * Start total, one signed step per name (paired by position; null counts as 0), end total = start + sum.
     * The value axis is zoomed on the running totals. No steps: "Không có dữ liệu".
     */
    public byte[] waterfall(String title, String valueAxisLabel, String startLabel, double start,
            List<String> steps, List<Double> deltas, String endLabel, Format format, ChartSize size) {
        return ChartEncoder.encode(
                waterfallCharts.waterfall(title, valueAxisLabel, startLabel, start, steps, deltas, endLabel),
                format, size);
    }

    /** One box per category in map order; categories without a finite value are left out. */
    public byte[] boxPlot(String title, String valueAxisLabel, LinkedHashMap<String, List<Double>> valuesByCategory,
            Format format, ChartSize size) {
        return ChartEncoder.encode(boxPlotCharts.boxPlot(title, valueAxisLabel, valuesByCategory), format, size);
    }

    /**
     * values[row][column] in 0–100 (attainment %), first row at the top, red → yellow → green with the value in
     * each cell; NaN (or a cell missing from a short row) is grey and blank.
     */
    public byte[] heatmap(String title, List<String> rowLabels, List<String> columnLabels, double[][] values,
            Format format, ChartSize size) {
        return ChartEncoder.encode(heatmapCharts.heatmap(title, rowLabels, columnLabels, values), format, size);
    }
}
