package vn.parindex.dashboard.chart;

import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines over years, one per series, on a numeric year axis: years stand as far apart as they are, and a year without
 * a value (null, or missing) leaves a gap. Categories that are not years fall back to evenly spaced categories.
 */
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
        Optional<YearDataset> years = YearDataset.of(series);
        if (years.isPresent()) {
            return overYears(title, valueAxis(valueAxisLabel, invertedAxis, integerAxis, values(years.get())),
                    years.get());
        }
        DefaultCategoryDataset dataset = CategoryDatasets.multiple(series);
        NumberAxis valueAxis = valueAxis(valueAxisLabel, invertedAxis, integerAxis, values(dataset));
        CategoryPlot plot = new CategoryPlot(dataset, Axes.category(dataset.getColumnKeys(), false), valueAxis,
                new LineAndShapeRenderer(true, true));
        return theme.chart(title, plot, dataset.getRowCount() > 1);
    }

    private JFreeChart overYears(String title, NumberAxis valueAxis, YearDataset years) {
        XYPlot plot = new XYPlot(years.dataset(), Axes.years(years), valueAxis, new XYLineAndShapeRenderer(true, true));
        return theme.chart(title, plot, years.dataset().getSeriesCount() > 1);
    }

    private static NumberAxis valueAxis(String label, boolean inverted, boolean integer, DoubleStream values) {
        NumberAxis axis = Axes.value(label, integer);
        // Scores move within a few points of 80 and ranks start at 1: zero would flatten every line.
        axis.setAutoRangeIncludesZero(false);
        axis.setInverted(inverted);
        Axes.widenSingleValue(axis, values, integer);
        return axis;
    }

    private static DoubleStream values(DefaultCategoryDataset dataset) {
        DoubleStream.Builder values = DoubleStream.builder();
        for (int r = 0; r < dataset.getRowCount(); r++) {
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                Number value = dataset.getValue(r, c);
                if (value != null) {
                    values.add(value.doubleValue());
                }
            }
        }
        return values.build();
    }

    private static DoubleStream values(YearDataset years) {
        XYSeriesCollection dataset = years.dataset();
        return IntStream.range(0, dataset.getSeriesCount()).boxed()
                .flatMap(s -> IntStream.range(0, dataset.getItemCount(s)).mapToObj(i -> dataset.getY(s, i)))
                .filter(v -> v != null).mapToDouble(Number::doubleValue);
    }

    /** Coloured series in the palette's order; the others thin, grey and without markers. */
    JFreeChart highlighted(String title, String valueAxisLabel, List<Series> series, List<Boolean> coloured) {
        JFreeChart chart = lines(title, valueAxisLabel, series, false, false);
        int count = chart.getPlot() instanceof XYPlot xy ? xy.getDataset().getSeriesCount()
                : chart.getCategoryPlot().getDataset().getRowCount();
        int colour = 0;
        for (int i = 0; i < count; i++) {
            boolean on = i >= coloured.size() || Boolean.TRUE.equals(coloured.get(i));
            java.awt.Paint paint = on ? ChartTheme.PALETTE[colour++ % ChartTheme.PALETTE.length] : ChartTheme.MUTED;
            java.awt.Stroke stroke = on ? ChartTheme.SERIES_STROKE : ChartTheme.THIN_STROKE;
            if (chart.getPlot() instanceof XYPlot xy) {
                XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) xy.getRenderer();
                renderer.setSeriesPaint(i, paint);
                renderer.setSeriesStroke(i, stroke);
                renderer.setSeriesShapesVisible(i, on);
            } else {
                LineAndShapeRenderer renderer = (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
                renderer.setSeriesPaint(i, paint);
                renderer.setSeriesStroke(i, stroke);
                renderer.setSeriesShapesVisible(i, on);
            }
        }
        return chart;
    }
}
