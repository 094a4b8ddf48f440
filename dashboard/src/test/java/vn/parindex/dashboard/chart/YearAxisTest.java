package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Lines over years stand on a numeric year axis: 2015 and 2018 are three years apart, not neighbours. */
class YearAxisTest {
    private static final ChartTheme THEME = new ChartTheme(ChartFonts.load());
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 700, 300);

    private static XYPlot plot(List<Series> series) {
        JFreeChart chart = new LineCharts(THEME).lines("", "Chỉ số", series, false, false);
        return assertInstanceOf(XYPlot.class, chart.getPlot(), "lines over years are an XY plot");
    }

    private static double x(XYPlot plot, double year) {
        return plot.getDomainAxis().valueToJava2D(year, AREA, RectangleEdge.BOTTOM);
    }

    @Test
    void yearsStandAsFarApartAsTheyAre() {
        XYPlot plot = plot(List.of(new Series("Sở Tư pháp", List.of("2015", "2018", "2019"),
                List.of(80.0, 84.0, 85.5))));
        NumberAxis axis = assertInstanceOf(NumberAxis.class, plot.getDomainAxis());
        assertEquals(1.0, axis.getStandardTickUnits().getCeilingTickUnit(0.3).getSize(), "whole years only");
        XYDataset dataset = plot.getDataset();
        assertEquals(2015.0, dataset.getXValue(0, 0));
        double threeYears = x(plot, 2018) - x(plot, 2015);
        double oneYear = x(plot, 2019) - x(plot, 2018);
        assertEquals(3 * oneYear, threeYears, 1e-6, "positions proportional to the years");
        assertTrue(x(plot, 2015) > AREA.getMinX() && x(plot, 2019) < AREA.getMaxX(), "no point on the edge");
    }

    @Test
    void aYearWithoutAValueBreaksTheLine() {
        XYDataset dataset = plot(List.of(new Series("Sở Tư pháp", List.of("2015", "2018", "2019", "2020", "2021"),
                Arrays.asList(80.0, 84.0, null, 85.0, 86.0)))).getDataset();
        // 2015, (2016: nothing measured), 2018, 2019 null, 2020, 2021: no segment crosses a missing year
        assertEquals(List.of(2015.0, 2016.0, 2018.0, 2019.0, 2020.0, 2021.0), xs(dataset));
        assertNull(dataset.getY(0, 1));
        assertNull(dataset.getY(0, 3));
    }

    @Test
    void eachYearIsLabelledAsItsCategoryWas() {
        XYPlot plot = plot(List.of(new Series("Sở Tư pháp", List.of("2023 (/19)", "2025 (/34) [minh họa]"),
                List.of(11.0, 5.0))));
        NumberAxis axis = (NumberAxis) plot.getDomainAxis();
        assertEquals("2025 (/34) [minh họa]", axis.getNumberFormatOverride().format(2025.0));
        assertEquals("2024", axis.getNumberFormatOverride().format(2024.0), "a year between: its digits, no '2.024'");
    }

    @Test
    void twoSeriesOfTheSameNameStayTwoLines() {
        XYPlot plot = plot(List.of(new Series("Sở TT&TT", List.of("2022", "2023"), List.of(80.0, 81.0)),
                new Series("Sở TT&TT", List.of("2022", "2024"), List.of(70.0, 72.0))));
        assertEquals(2, plot.getDataset().getSeriesCount());
    }

    private static List<Double> xs(XYDataset dataset) {
        return java.util.stream.IntStream.range(0, dataset.getItemCount(0)).mapToObj(i -> dataset.getXValue(0, i))
                .toList();
    }
}
