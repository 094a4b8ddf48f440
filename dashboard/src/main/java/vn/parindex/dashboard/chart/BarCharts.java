package vn.parindex.dashboard.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar charts: one series with value labels (rankings, loss drivers), grouped series, stacked series. */
final class BarCharts {
    /** Keeps a bar of a short ranking from filling a third of the chart. */
    private static final double MAX_BAR_WIDTH = 0.08;
    /** Room beyond the longest bar (either way) for its value label; it never pushes the axis across zero. */
    private static final double VALUE_LABEL_MARGIN = 0.12;

    private final ChartTheme theme;

    BarCharts(ChartTheme theme) {
        this.theme = theme;
    }

    JFreeChart bars(String title, String valueAxisLabel, List<String> categories, List<Double> values,
            boolean horizontal) {
        BarRenderer renderer = new BarRenderer();
        ValueLabels.show(renderer, ValueLabels.twoDecimals(), horizontal);
        return chart(title, valueAxisLabel, CategoryDatasets.single(categories, values), renderer, horizontal, false);
    }

    /** Horizontal when some category name is long (units, domains), vertical for short ones (years). */
    JFreeChart grouped(String title, String valueAxisLabel, List<Series> series) {
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.05);
        DefaultCategoryDataset dataset = CategoryDatasets.multiple(series);
        return chart(title, valueAxisLabel, dataset, renderer, Axes.prefersHorizontal(dataset.getColumnKeys()), true);
    }

    /** Oriented like {@link #grouped}, in the palette's colours. */
    JFreeChart stacked(String title, String valueAxisLabel, List<Series> series) {
        return stacked(title, valueAxisLabel, series, List.of());
    }

    /** Oriented like {@link #grouped}; a series with a colour (RGB hex, by position) is drawn in it. */
    JFreeChart stacked(String title, String valueAxisLabel, List<Series> series, List<String> colours) {
        DefaultCategoryDataset dataset = CategoryDatasets.multiple(series);
        StackedBarRenderer renderer = new StackedBarRenderer();
        if (colours != null && !colours.isEmpty()) {
            renderer.setAutoPopulateSeriesPaint(false); // otherwise the theme clears the paints set here
            for (int row = 0; row < dataset.getRowCount(); row++) {
                // a series without values has no row: its key keeps its place in the list
                int at = ((LabelKey) dataset.getRowKey(row)).position();
                renderer.setSeriesPaint(row, at < colours.size() && colours.get(at) != null
                        ? new Color(Integer.parseInt(colours.get(at), 16))
                        : ChartTheme.PALETTE[row % ChartTheme.PALETTE.length]);
            }
        }
        return chart(title, valueAxisLabel, dataset, renderer, Axes.prefersHorizontal(dataset.getColumnKeys()), true);
    }

    private JFreeChart chart(String title, String valueAxisLabel, DefaultCategoryDataset dataset,
            BarRenderer renderer, boolean horizontal, boolean legend) {
        renderer.setMaximumBarWidth(MAX_BAR_WIDTH);
        NumberAxis valueAxis = Axes.value(valueAxisLabel, false);
        valueAxis.setUpperMargin(VALUE_LABEL_MARGIN);
        valueAxis.setLowerMargin(VALUE_LABEL_MARGIN);
        CategoryPlot plot = new CategoryPlot(dataset, Axes.category(dataset.getColumnKeys(), horizontal),
                valueAxis, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        return theme.chart(title, plot, legend);
    }
}
