package vn.parindex.dashboard.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** The spread of unit values per category (year): quartiles, median, whiskers, outliers. */
final class BoxPlotCharts {
    /** The first palette colour, light enough that the median line stays visible. */
    private static final Color BOX_FILL = new Color(
            ChartTheme.PALETTE[0].getRed(), ChartTheme.PALETTE[0].getGreen(), ChartTheme.PALETTE[0].getBlue(), 0x66);
    /** Outlier circles are a third of the box width: narrow boxes keep them small. */
    private static final double MAX_BOX_WIDTH = 0.05;

    private final ChartTheme theme;

    BoxPlotCharts(ChartTheme theme) {
        this.theme = theme;
    }

    /** A category without a single finite value is left out. */
    JFreeChart boxPlot(String title, String valueAxisLabel, LinkedHashMap<String, List<Double>> valuesByCategory) {
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        LabelKey series = new LabelKey(0, "");
        int position = 0;
        Map<String, List<Double>> categories = valuesByCategory == null ? Map.of() : valuesByCategory;
        for (Map.Entry<String, List<Double>> category : categories.entrySet()) {
            List<Double> values = finiteValues(category.getValue());
            if (!values.isEmpty()) {
                dataset.add(values, series, new LabelKey(position++, ChartText.label(category.getKey())));
            }
        }
        NumberAxis valueAxis = Axes.value(valueAxisLabel, false);
        valueAxis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, Axes.category(dataset.getColumnKeys(), false), valueAxis,
                renderer());
        return theme.chart(title, plot, false);
    }

    private static List<Double> finiteValues(List<Double> values) {
        List<Double> finite = new ArrayList<>();
        for (Double value : values == null ? List.<Double>of() : values) {
            if (CategoryDatasets.finite(value) != null) {
                finite.add(value);
            }
        }
        return finite;
    }

    private static BoxAndWhiskerRenderer renderer() {
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        // Otherwise the theme replaces the fill with the first palette colour.
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setSeriesPaint(0, BOX_FILL);
        renderer.setSeriesOutlinePaint(0, ChartTheme.OUTLINE);
        renderer.setArtifactPaint(ChartTheme.OUTLINE);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setMaximumBarWidth(MAX_BOX_WIDTH);
        // JFreeChart draws the mean as a disc a quarter of the box wide, hiding the median line.
        renderer.setMeanVisible(false);
        return renderer;
    }
}
