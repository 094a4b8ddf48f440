package vn.parindex.dashboard.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Lines over years, one per series; a null value leaves a gap. */
final class LineCharts {
    private final ChartTheme theme;

    LineCharts(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * @param invertedAxis 1 at the top, for ranks
     * @param integerAxis  whole-number ticks only, for ranks
     */
    JFreeChart lines(String title, String valueAxisLabel, List<Series> series, boolean invertedAxis,
            boolean integerAxis) {
        DefaultCategoryDataset dataset = CategoryDatasets.multiple(series);
        NumberAxis valueAxis = Axes.value(valueAxisLabel, integerAxis);
        // Scores move within a few points of 80 and ranks start at 1: zero would flatten every line.
        valueAxis.setAutoRangeIncludesZero(false);
        valueAxis.setInverted(invertedAxis);
        Axes.widenSingleValue(valueAxis, dataset, integerAxis);
        CategoryPlot plot = new CategoryPlot(dataset, Axes.category(dataset.getColumnKeys(), false), valueAxis,
                new LineAndShapeRenderer(true, true));
        return theme.chart(title, plot, dataset.getRowCount() > 1);
    }

    /** Coloured series in the palette's order; the others thin, grey and without markers. */
    JFreeChart highlighted(String title, String valueAxisLabel, List<Series> series, List<Boolean> coloured) {
        JFreeChart chart = lines(title, valueAxisLabel, series, false, false);
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return chart;
        }
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        int colour = 0;
        for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
            boolean on = i >= coloured.size() || Boolean.TRUE.equals(coloured.get(i));
            renderer.setSeriesPaint(i, on ? ChartTheme.PALETTE[colour++ % ChartTheme.PALETTE.length] : ChartTheme.MUTED);
            renderer.setSeriesStroke(i, on ? ChartTheme.SERIES_STROKE : ChartTheme.THIN_STROKE);
            renderer.setSeriesShapesVisible(i, on);
        }
        return chart;
    }
}
