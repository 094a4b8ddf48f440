package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChartSizeTest {
    @Test
    void rejectsSizesNoImageShouldHave() {
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(0, 500));
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(900, -1));
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(ChartSize.MAX_SIDE + 1, 500));
    }

    @Test
    void horizontalBarsGetTallerWithTheirCount() {
        assertEquals(ChartSize.DEFAULT, ChartSize.forHorizontalBars(5));
        assertEquals(900, ChartSize.forHorizontalBars(63).width());
        assertEquals(110 + 24 * 63, ChartSize.forHorizontalBars(63).height());
    }

    @Test
    void formatsNameTheirContentType() {
        assertEquals("image/png", Format.PNG.contentType());
        assertEquals("image/svg+xml", Format.SVG.contentType());
    }
}
