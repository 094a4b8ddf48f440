package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** What each chart kind decides from its data, read off the built (not yet drawn) chart. */
class ChartBuildersTest {
    private static final ChartTheme THEME = new ChartTheme(ChartFonts.load());

    @Test
    void rankingBarsKeepTheGivenOrientationAndLabelTheirValues() {
        CategoryPlot plot = new BarCharts(THEME).bars("", "", ChartSamples.UNITS, ChartSamples.SCORES, true)
                .getCategoryPlot();

        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertTrue(plot.getRenderer().getDefaultItemLabelsVisible());
        assertEquals("91,27", plot.getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(plot.getDataset(), 0, 0));
    }

    @Test
    void groupedBarsLieDownForLongNamesAndStandForYears() {
        BarCharts bars = new BarCharts(THEME);
        List<Series> byYear = List.of(new Series("Sở Tư pháp", ChartSamples.YEARS, List.of(80.0, 82.0, 85.0, 88.0)));

        assertEquals(PlotOrientation.HORIZONTAL,
                bars.grouped("", "", ChartSamples.attainmentByYear()).getCategoryPlot().getOrientation());
        assertEquals(PlotOrientation.VERTICAL, bars.grouped("", "", byYear).getCategoryPlot().getOrientation());
        assertEquals(PlotOrientation.HORIZONTAL,
                bars.stacked("", "", ChartSamples.pointsLostByDomain()).getCategoryPlot().getOrientation());
    }

    @Test
    void rankLinesPutRankOneAtTheTopWithWholeNumberTicks() {
        JFreeChart chart = new LineCharts(THEME).lines("", "Thứ hạng", ChartSamples.rankHistory(), true, true);
        NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();

        assertTrue(axis.isInverted());
        assertEquals(1.0, axis.getStandardTickUnits().getCeilingTickUnit(0.3).getSize());
        assertFalse(axis.getAutoRangeIncludesZero());
        assertTrue(chart.getLegend() != null, "two series: a legend");
    }

    @Test
    void waterfallEndsAtStartPlusTheStepsAndZoomsOnTheTotals() {
        JFreeChart chart = new WaterfallCharts(THEME).waterfall("", "", "Năm 2021", 84.0,
                List.of("A", "B", "C"), Arrays.asList(1.5, null, -0.5), "Năm 2022");
        CategoryDataset dataset = chart.getCategoryPlot().getDataset();
        ValueAxis axis = chart.getCategoryPlot().getRangeAxis();

        assertEquals(5, dataset.getColumnCount());
        assertEquals(0.0, dataset.getValue(0, 2), "a null step counts as 0");
        assertEquals(85.0, dataset.getValue(0, 4).doubleValue(), 1e-9);
        assertTrue(axis.getLowerBound() > 80 && axis.getLowerBound() < 84, "axis starts below the totals");
        assertTrue(axis.getUpperBound() > 85.5);
    }

    @Test
    void waterfallLabelsTheStepsWithTheirSign() {
        CategoryPlot plot = new WaterfallCharts(THEME).waterfall("", "", "Năm 2021", 84.0,
                List.of("A", "B"), List.of(1.25, -0.5), "Năm 2022").getCategoryPlot();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();

        assertEquals("84,00", labels.generateLabel(plot.getDataset(), 0, 0));
        assertEquals("+1,25", labels.generateLabel(plot.getDataset(), 0, 1));
        assertEquals("-0,50", labels.generateLabel(plot.getDataset(), 0, 2));
        assertEquals("84,75", labels.generateLabel(plot.getDataset(), 0, 3));
    }

    @Test
    void boxPlotLeavesOutCategoriesWithoutValues() {
        LinkedHashMap<String, List<Double>> byYear = new LinkedHashMap<>();
        byYear.put("2020", List.of(70.0, 80.0, 90.0));
        byYear.put("2021", List.of(Double.NaN));
        byYear.put("2022", Arrays.asList(75.0, null, 85.0));
        CategoryDataset dataset = new BoxPlotCharts(THEME).boxPlot("", "", byYear).getCategoryPlot().getDataset();

        assertEquals(List.of("2020", "2022"), dataset.getColumnKeys().stream().map(Object::toString).toList());
    }

    @Test
    void heatmapPutsTheFirstRowAtTheTopAndLeavesMissingCellsBlank() {
        double[][] ragged = {{50.0, 60.0}, {70.0}};
        XYPlot plot = new HeatmapCharts(THEME).heatmap("", List.of("Sở Y tế", "Sở Nội vụ"), List.of("A", "B"), ragged)
                .getXYPlot();
        XYBlockRenderer renderer = (XYBlockRenderer) plot.getRenderer();

        assertTrue(plot.getRangeAxis().isInverted());
        assertEquals("50,00", renderer.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0));
        assertEquals("", renderer.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 3),
                "row 2 has no second cell");
        assertEquals(AttainmentPaintScale.NO_VALUE, renderer.getPaintScale().getPaint(Double.NaN));
    }
}
