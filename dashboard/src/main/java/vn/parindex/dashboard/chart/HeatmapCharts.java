package vn.parindex.dashboard.chart;

import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/** Attainment (0–100 %) of rows × columns (units × domains) as coloured cells labelled with their value. */
final class HeatmapCharts {
    /** Column labels longer than this are set vertically so that neighbours do not overlap. */
    private static final int MAX_UPRIGHT_COLUMN_LABEL_LENGTH = 10;

    private final ChartTheme theme;

    HeatmapCharts(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * The first row is drawn at the top. A cell that is NaN, or missing from a short row, is grey and unlabelled.
     * No rows or no columns: "no data".
     */
    JFreeChart heatmap(String title, List<String> rowLabels, List<String> columnLabels, double[][] values) {
        String[] rows = labels(rowLabels);
        String[] columns = labels(columnLabels);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        if (rows.length > 0 && columns.length > 0) {
            dataset.addSeries("", cells(rows.length, columns.length, values));
        }

        SymbolAxis columnAxis = symbolAxis(columns);
        columnAxis.setVerticalTickLabels(longest(columns) > MAX_UPRIGHT_COLUMN_LABEL_LENGTH);
        SymbolAxis rowAxis = symbolAxis(rows);
        rowAxis.setInverted(true);
        XYPlot plot = new XYPlot(dataset, columnAxis, rowAxis, renderer());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return dataset.getSeriesCount() > 0
                ? theme.chart(title, plot, false, colourLegend())
                : theme.chart(title, plot, false);
    }

    /** x = column, y = row, z = value; one item per cell. */
    private static double[][] cells(int rowCount, int columnCount, double[][] values) {
        int count = rowCount * columnCount;
        double[][] xyz = new double[3][count];
        for (int row = 0; row < rowCount; row++) {
            for (int column = 0; column < columnCount; column++) {
                int item = row * columnCount + column;
                xyz[0][item] = column;
                xyz[1][item] = row;
                xyz[2][item] = value(values, row, column);
            }
        }
        return xyz;
    }

    private static double value(double[][] values, int row, int column) {
        if (values == null || row >= values.length || values[row] == null || column >= values[row].length) {
            return Double.NaN;
        }
        return values[row][column];
    }

    private static XYBlockRenderer renderer() {
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new AttainmentPaintScale());
        // Blocks centred on their (column, row) so that the symbol ticks sit in the middle of each cell.
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        NumberFormat format = ChartText.twoDecimals();
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> {
            double value = ((XYZDataset) dataset).getZValue(series, item);
            return Double.isNaN(value) ? "" : format.format(value);
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        return renderer;
    }

    private static PaintScaleLegend colourLegend() {
        NumberAxis axis = Axes.value("", false);
        axis.setRange(AttainmentPaintScale.LOWEST, AttainmentPaintScale.HIGHEST);
        PaintScaleLegend legend = new PaintScaleLegend(new AttainmentPaintScale(), axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(50);
        legend.setMargin(new RectangleInsets(20, 10, 20, 0));
        return legend;
    }

    private static SymbolAxis symbolAxis(String[] symbols) {
        SymbolAxis axis = new SymbolAxis(null, symbols);
        axis.setGridBandsVisible(false);
        axis.setTickMarksVisible(false);
        axis.setAxisLineVisible(false);
        return axis;
    }

    private static String[] labels(List<String> raw) {
        return raw == null ? new String[0] : raw.stream().map(ChartText::label).toArray(String[]::new);
    }

    private static int longest(String[] labels) {
        int longest = 0;
        for (String label : labels) {
            longest = Math.max(longest, label.length());
        }
        return longest;
    }
}
