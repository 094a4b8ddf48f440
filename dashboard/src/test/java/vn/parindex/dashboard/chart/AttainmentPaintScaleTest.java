package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class AttainmentPaintScaleTest {
    private final AttainmentPaintScale scale = new AttainmentPaintScale();

    @Test
    void runsFromRedThroughYellowToGreen() {
        Color low = colour(0);
        Color middle = colour(50);
        Color high = colour(100);

        assertTrue(low.getRed() > low.getGreen(), "0 % is red");
        assertTrue(middle.getRed() > 200 && middle.getGreen() > 200, "50 % is yellow");
        assertTrue(high.getGreen() > high.getRed(), "100 % is green");
    }

    @Test
    void clampsOutOfRangeValuesAndGreysOutMissingOnes() {
        assertEquals(colour(0), colour(-20));
        assertEquals(colour(100), colour(130));
        assertEquals(AttainmentPaintScale.NO_VALUE, scale.getPaint(Double.NaN));
    }

    @Test
    void greenGrowsWithAttainment() {
        assertTrue(colour(25).getGreen() > colour(5).getGreen());
        assertTrue(colour(90).getRed() < colour(60).getRed());
    }

    private Color colour(double value) {
        return (Color) scale.getPaint(value);
    }
}
