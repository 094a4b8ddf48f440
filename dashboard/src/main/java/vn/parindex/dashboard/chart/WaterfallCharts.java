package vn.parindex.dashboard.chart;

import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * From last year's total, one bar per domain's signed change, to this year's total; lying down (first bar at
 * the top) when the step names are long.
 */
final class WaterfallCharts {
    /** Share of the span of running totals left free below and above them. */
    private static final double RANGE_PADDING = 0.25;
    /** Smallest padding in value units, so that a chart of tiny changes is not all bars. */
    private static final double MIN_RANGE_PADDING = 1.0;

    private final ChartTheme theme;

    WaterfallCharts(ChartTheme theme) {
        this.theme = theme;
    }

    /** Steps pair with deltas by position; a null or NaN delta is a step of 0. No steps: "no data". */
    JFreeChart waterfall(String title, String valueAxisLabel, String startLabel, double start, List<String> steps,
            List<Double> deltas, String endLabel) {
        int stepCount = Math.min(CategoryDatasets.size(steps), CategoryDatasets.size(deltas));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        NumberAxis valueAxis = Axes.value(valueAxisLabel, false);
        if (stepCount > 0 && Double.isFinite(start)) {
            LabelKey series = new LabelKey(0, "");
            dataset.addValue(start, series, new LabelKey(0, ChartText.label(startLabel)));
            double total = start;
            double low = start;
            double high = start;
            for (int i = 0; i < stepCount; i++) {
                Double delta = CategoryDatasets.finite(deltas.get(i));
                double step = delta == null ? 0.0 : delta;
                dataset.addValue(step, series, new LabelKey(i + 1, ChartText.label(steps.get(i))));
                total += step;
                low = Math.min(low, total);
                high = Math.max(high, total);
            }
            dataset.addValue(total, series, new LabelKey(stepCount + 1, ChartText.label(endLabel)));
            zoomOnRunningTotals(valueAxis, low, high);
        }
        boolean horizontal = Axes.prefersHorizontal(dataset.getColumnKeys());
        CategoryPlot plot = new CategoryPlot(dataset, Axes.category(dataset.getColumnKeys(), horizontal),
                valueAxis, renderer(horizontal));
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        return theme.chart(title, plot, false);
    }

    /**
     * Totals near 80 with changes of a point or two would be invisible on an axis from zero; the axis starts
     * below the lowest running total instead (the start and end bars are cut there).
     */
    private static void zoomOnRunningTotals(NumberAxis axis, double low, double high) {
        double padding = Math.max(MIN_RANGE_PADDING, (high - low) * RANGE_PADDING);
        double lower = low - padding;
        axis.setRange(low >= 0 ? Math.max(0, lower) : lower, high + padding);
    }

    private static WaterfallBarRenderer renderer(boolean horizontal) {
        WaterfallBarRenderer renderer = new WaterfallBarRenderer(ChartTheme.PALETTE[0], ChartTheme.PALETTE[2],
                ChartTheme.PALETTE[3], ChartTheme.PALETTE[0]);
        renderer.setDrawBarOutline(false);
        ValueLabels.show(renderer, new StepLabels(), horizontal);
        return renderer;
    }

    /** The totals as they are, the steps signed: "+1,25", "-0,50". */
    private static final class StepLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final DecimalFormat signed = (DecimalFormat) ChartText.twoDecimals();

        StepLabels() {
            super(DEFAULT_LABEL_FORMAT_STRING, ChartText.twoDecimals());
            signed.setPositivePrefix("+");
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            boolean total = column == 0 || column == dataset.getColumnCount() - 1;
            if (total) {
                return super.generateLabel(dataset, row, column);
            }
            return signed.format(dataset.getValue(row, column));
        }
    }
}
