package vn.parindex.briefings.internal;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native Excel charts whose categories, values and series names are references to the sheet's cells (as in POI's
 * BarChart and ScatterChart examples), so a planner can restyle them or extend the data.
 */
public final class Charts {
    /** Where a chart sits: from the top-left cell to the bottom-right cell, exclusive. */
    public record Area(int firstColumn, int firstRow, int endColumn, int endRow) {
    }

    /**
     * One series: its values, and the header cell that names it with that cell's text (the cached name). A muted
     * series is drawn grey and thin, behind the highlighted ones.
     */
    public record Series(CellRangeAddress values, CellReference nameCell, String name, boolean muted) {
        public Series(CellRangeAddress values, CellReference nameCell, String name) {
            this(values, nameCell, name, false);
        }
    }

    /** More lines than this and only the chosen ones keep a colour. */
    public static final int MAX_COLOURED = 8;
    private static final byte[] MUTED = rgb(0xBF, 0xBF, 0xBF);
    private static final double AXIS_STEP = 10;
    /**
     * The value axis' own format: linked to the cells, it would take the first value's, mark and all ("93,00 (suy
     * ra)" on every tick); in Vietnamese, as the cells are.
     */
    private static final String VALUE_TICKS = Styles.vietnamese(Styles.TWO_DECIMALS);
    /** More years than this on a year axis and it ticks every few years. */
    private static final int MAX_YEAR_TICKS = 12;

    /** Office's default series colours, in order. */
    private static final byte[][] PALETTE = {
        rgb(0x44, 0x72, 0xC4), rgb(0xED, 0x7D, 0x31), rgb(0xA5, 0xA5, 0xA5), rgb(0xFF, 0xC0, 0x00),
        rgb(0x5B, 0x9B, 0xD5), rgb(0x70, 0xAD, 0x47), rgb(0x26, 0x44, 0x78), rgb(0x9E, 0x48, 0x0E),
        rgb(0x63, 0x63, 0x63), rgb(0x99, 0x73, 0x00), rgb(0x25, 0x5E, 0x91), rgb(0x43, 0x68, 0x2B)};
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private Charts() {
    }

    private static byte[] rgb(int red, int green, int blue) {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }

    public static XDDFDataSource<String> textCategories(XSSFSheet sheet, CellRangeAddress cells) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, cells);
    }

    /** Years are numbers in the sheet, so they are referenced as numbers too. */
    public static XDDFNumericalDataSource<Double> numberCategories(XSSFSheet sheet, CellRangeAddress cells) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, cells);
    }

    /** Horizontal bars, first category on top (a ranking reads top-down); stacked when there are several parts. */
    public static XSSFChart bars(XSSFSheet sheet, Area area, String title, XDDFDataSource<?> categories,
                                 List<Series> series, boolean stacked) {
        XSSFChart chart = chart(sheet, area, title, series.size() > 1);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        valueAxis.setNumberFormat(VALUE_TICKS);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        if (stacked) {
            bars.setBarGrouping(BarGrouping.STACKED);
        }
        addSeries(sheet, bars, categories, series);
        chart.plot(bars);
        if (stacked) {
            overlapFully(chart);
        }
        return chart;
    }

    /**
     * One line per series over the years, on a value axis of years (an XY chart: a scatter chart drawn with lines and
     * markers), so that 2015 and 2018 stand three years apart as they are, not side by side as categories would.
     * The year axis ticks every year (every few years over a long period), written as whole numbers.
     */
    public static XSSFChart lines(XSSFSheet sheet, Area area, String title, XDDFNumericalDataSource<Double> years,
                                  List<Series> series) {
        XSSFChart chart = chart(sheet, area, title, series.size() > 1);
        XDDFValueAxis yearAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        yearAxis.crossAxis(valueAxis);
        valueAxis.crossAxis(yearAxis);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        valueAxis.setNumberFormat(VALUE_TICKS);
        yearScale(yearAxis, sheet, years);
        XDDFScatterChartData lines = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, yearAxis, valueAxis);
        lines.setVaryColors(false);
        lines.setStyle(ScatterStyle.LINE_MARKER);
        addSeries(sheet, lines, years, series);
        for (XDDFChartData.Series line : lines.getSeries()) {
            ((XDDFScatterChartData.Series) line).setSmooth(false);
            ((XDDFScatterChartData.Series) line).setMarkerStyle(MarkerStyle.CIRCLE);
        }
        chart.plot(lines);
        return chart;
    }

    /** From the first year to the last (a year either side of a single one), ticks on whole years, no separator. */
    private static void yearScale(XDDFValueAxis axis, XSSFSheet sheet, XDDFNumericalDataSource<Double> years) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < years.getPointCount(); i++) {
            Double year = years.getPointAt(i);
            if (year != null) {
                first = Math.min(first, year);
                last = Math.max(last, year);
            }
        }
        if (first > last) {
            return;
        }
        if (first == last) {
            first--;
            last++;
        }
        axis.setMinimum(first);
        axis.setMaximum(last);
        axis.setMajorUnit(Math.max(1, Math.ceil((last - first) / MAX_YEAR_TICKS)));
        axis.setNumberFormat(Styles.vietnamese(Styles.INTEGER));
    }

    /**
     * Stacked bars must overlap fully, or Excel draws each part beside the previous one. XDDF's setOverlap needs a
     * schema type that poi-ooxml-lite leaves out, so the element is written with a cursor: before the first axId,
     * where CT_BarChart's sequence wants it.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart barChart = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = barChart.newCursor()) {
            if (cursor.toChild(new QName(CHART_NAMESPACE, "axId"))) {
                cursor.beginElement(new QName(CHART_NAMESPACE, "overlap"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }

    private static XSSFChart chart(XSSFSheet sheet, Area area, String title, boolean legend) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area.firstColumn(), area.firstRow(),
                area.endColumn(), area.endRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(SafeCells.printable(title));
        chart.setTitleOverlay(false);
        if (legend) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        return chart;
    }

    /**
     * Each series gets a colour of its own: LibreOffice draws series without one as invisible bars and lines
     * without their line.
     */
    private static void addSeries(XSSFSheet sheet, XDDFChartData data, XDDFDataSource<?> categories,
                                  List<Series> series) {
        int coloured = 0;
        for (Series one : series) {
            XDDFChartData.Series added = data.addSeries(categories,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, one.values()));
            added.setTitle(SafeCells.printable(one.name()), one.nameCell());
            byte[] colour = one.muted() ? MUTED : PALETTE[coloured++ % PALETTE.length];
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(colour));
            if (added instanceof XDDFScatterChartData.Series line) {
                XDDFLineProperties stroke = new XDDFLineProperties(fill);
                stroke.setWidth(one.muted() ? 1.0 : 2.25);
                line.setLineProperties(stroke);
            } else {
                added.setFillProperties(fill);
            }
        }
    }

    /**
     * Bounds for a value axis that has one value only (one unit, one year): left to itself, Excel and LibreOffice
     * zoom in to a sliver around it. Bars keep 0 and reach the scale's ceiling; lines get a band of ±10 around it.
     */
    public static void saneAxis(XSSFChart chart, List<Double> values, double ceiling, boolean fromZero) {
        List<Double> distinct = values.stream().filter(v -> v != null && Double.isFinite(v))
                .map(v -> Math.round(v * 100) / 100.0).distinct().toList();
        if (distinct.size() != 1) {
            return;
        }
        double value = distinct.get(0);
        double min = fromZero ? 0 : Math.max(0, Math.floor(value / AXIS_STEP) * AXIS_STEP - AXIS_STEP);
        double max = value <= ceiling ? Math.min(ceiling, Math.ceil(value / AXIS_STEP) * AXIS_STEP + AXIS_STEP)
                : Math.ceil(value * 1.2);
        if (fromZero && value <= ceiling) {
            max = ceiling;
        }
        if (max <= min) {
            max = min + AXIS_STEP;
        }
        List<XDDFValueAxis> valueAxes = chart.getAxes().stream().filter(XDDFValueAxis.class::isInstance)
                .map(XDDFValueAxis.class::cast).toList();
        for (XDDFValueAxis axis : valueAxes) {
            // a chart over years has two value axes: the years' at the bottom, the values' at the left
            if (valueAxes.size() == 1 || axis.getPosition() == AxisPosition.LEFT) {
                axis.setMinimum(min);
                axis.setMaximum(max);
            }
        }
    }
}
