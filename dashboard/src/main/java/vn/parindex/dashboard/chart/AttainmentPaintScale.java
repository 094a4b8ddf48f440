package vn.parindex.dashboard.chart;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * Attainment 0–100 % as red → yellow → green (the spreadsheet colours the reform offices know); no value
 * (NaN) as light grey. Light enough that dark cell labels stay readable on every colour.
 */
final class AttainmentPaintScale implements PaintScale {
    static final double LOWEST = 0.0;
    static final double HIGHEST = 100.0;
    static final Color NO_VALUE = new Color(0xEEEEEE);

    private static final Color RED = new Color(0xF8696B);
    private static final Color YELLOW = new Color(0xFFEB84);
    private static final Color GREEN = new Color(0x63BE7B);

    @Override
    public double getLowerBound() {
        return LOWEST;
    }

    @Override
    public double getUpperBound() {
        return HIGHEST;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        double share = (Math.max(LOWEST, Math.min(HIGHEST, value)) - LOWEST) / (HIGHEST - LOWEST);
        return share < 0.5 ? blend(RED, YELLOW, share * 2) : blend(YELLOW, GREEN, share * 2 - 1);
    }

    private static Color blend(Color from, Color to, double share) {
        return new Color(
                channel(from.getRed(), to.getRed(), share),
                channel(from.getGreen(), to.getGreen(), share),
                channel(from.getBlue(), to.getBlue(), share));
    }

    private static int channel(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
