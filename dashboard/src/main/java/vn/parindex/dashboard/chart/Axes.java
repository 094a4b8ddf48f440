package vn.parindex.dashboard.chart;

import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;

/** The axes of every chart, alike in look; fonts and colours come from {@link ChartTheme}. */
final class Axes {
    /** More vertical categories than this, or longer labels, and their labels turn 45° to stay apart. */
    private static final int MAX_UPRIGHT_CATEGORIES = 8;
    private static final int MAX_UPRIGHT_LABEL_LENGTH = 14;
    /** Labels longer than this make {@link #prefersHorizontal} choose horizontal bars. */
    private static final int MAX_LABEL_LENGTH_UNDER_VERTICAL_BARS = 20;

    private Axes() {
    }

    /** A value axis with the given label and Vietnamese number ticks (87,5). */
    static NumberAxis value(String label, boolean integerTicks) {
        NumberAxis axis = new NumberAxis(ChartText.text(label));
        axis.setStandardTickUnits(integerTicks
                ? NumberAxis.createIntegerTickUnits(ChartText.VIETNAMESE)
                : NumberAxis.createStandardTickUnits(ChartText.VIETNAMESE));
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false); // the gridlines already carry the values
        return axis;
    }

    /**
     * One point, or values all equal: an automatic range would be a sliver around it with ticks like 87,1300001.
     * Instead the value sits in the middle of a range of a few units (whole ones for ranks, 1 at least).
     */
    static void widenSingleValue(NumberAxis axis, java.util.stream.DoubleStream values, boolean integer) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double value : values.filter(Double::isFinite).toArray()) {
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        if (low > high || high - low > 1e-9) {
            return;
        }
        double half = integer ? 2 : Math.max(1, Math.abs(low) * 0.05);
        double lower = integer ? Math.max(0.5, low - half) : low - half; // ranks start at 1
        axis.setRange(lower, lower + 2 * half);
    }

    /**
     * The year axis of lines over years: numeric, so that years stand as far apart as they are, a tick on whole years
     * only, each labelled as its category was ("2025 (/34)"), upright unless the labels are long; half a year of room
     * on either side so that the first and last points are not on the edge.
     */
    static NumberAxis years(YearDataset years) {
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(years.tickLabels());
        axis.setAutoRange(false);
        axis.setRange(years.first() - 0.5, years.last() + 0.5);
        axis.setAxisLinePaint(ChartTheme.AXIS_LINE);
        axis.setTickMarksVisible(false);
        axis.setVerticalTickLabels(years.longestLabel() > MAX_UPRIGHT_LABEL_LENGTH);
        return axis;
    }

    /**
     * An axis of the given category keys. Beside horizontal bars a label may take two lines and 40% of the
     * width; under vertical bars many or long labels are turned 45° instead of overlapping.
     */
    static CategoryAxis category(List<?> keys, boolean horizontal) {
        CategoryAxis axis = new CategoryAxis();
        axis.setAxisLinePaint(ChartTheme.AXIS_LINE);
        axis.setCategoryMargin(0.2);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setTickMarksVisible(false);
        if (horizontal) {
            axis.setMaximumCategoryLabelWidthRatio(0.4f);
            axis.setMaximumCategoryLabelLines(2);
        } else if (keys.size() > MAX_UPRIGHT_CATEGORIES || longestLabel(keys) > MAX_UPRIGHT_LABEL_LENGTH) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        } else {
            axis.setMaximumCategoryLabelLines(3);
        }
        return axis;
    }

    /** Whether bars over these categories read better lying down: long names do not fit under a bar. */
    static boolean prefersHorizontal(List<?> keys) {
        return longestLabel(keys) > MAX_LABEL_LENGTH_UNDER_VERTICAL_BARS;
    }

    private static int longestLabel(List<?> keys) {
        return keys.stream().mapToInt(key -> key.toString().length()).max().orElse(0);
    }
}
