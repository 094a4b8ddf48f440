package vn.parindex.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DatasetUtils;

/**
 * The one look of every chart: the bundled fonts for all text, white backgrounds, light solid gridlines and
 * the Okabe–Ito palette, which colour-blind readers can tell apart. Immutable once built, so one instance
 * serves concurrent renders.
 */
final class ChartTheme {
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED_TEXT = new Color(0x555555);
    static final Color GRIDLINE = new Color(0xDDDDDD);
    static final Color AXIS_LINE = new Color(0x999999);
    /** Outlines of boxes and line markers. */
    static final Color OUTLINE = new Color(0x444444);

    /** Okabe–Ito, in an order that keeps the first few series far apart (the yellow is last: weak on white). */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0x56B4E9), new Color(0xCC79A7), new Color(0x000000), new Color(0xF0E442),
    };

    /** Series left in the background of a comparison of many. */
    static final Color MUTED = new Color(0xC8CDD2);

    private static final Stroke GRIDLINE_STROKE = new BasicStroke(0.8f);
    static final Stroke SERIES_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN_STROKE = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /** The "no data" message is not part of StandardChartTheme, so it gets its font here. */
    private final Font noDataFont;
    private final StandardChartTheme theme;

    ChartTheme(ChartFonts fonts) {
        this.noDataFont = fonts.regular(15f);
        this.theme = standardTheme(fonts);
    }

    /**
     * A chart around the plot, every piece of text in the bundled fonts; no title when the title is blank.
     *
     * @param legend      a legend of the plot's series below it
     * @param extraTitles further titles (a colour scale), themed like the rest
     */
    JFreeChart chart(String title, Plot plot, boolean legend, Title... extraTitles) {
        plot.setNoDataMessage(ChartText.NO_DATA);
        plot.setNoDataMessageFont(noDataFont);
        plot.setNoDataMessagePaint(MUTED_TEXT);
        plot.setOutlineVisible(false);
        styleAxesAndGridlines(plot);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        String text = ChartText.text(title);
        chart.setTitle(text.isEmpty() ? null : new TextTitle(text));
        if (legend) {
            LegendTitle legendTitle = new LegendTitle(plot);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(BlockBorder.NONE);
            chart.addLegend(legendTitle);
        }
        for (Title extra : extraTitles) {
            chart.addSubtitle(extra);
        }
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        theme.apply(chart);
        return chart;
    }

    private static void styleAxesAndGridlines(Plot plot) {
        if (plot instanceof CategoryPlot categoryPlot) {
            // Values read from the left of upright bars and from below lying ones (JFreeChart: above them).
            categoryPlot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            categoryPlot.setDomainGridlinesVisible(false);
            categoryPlot.setRangeGridlineStroke(GRIDLINE_STROKE);
            if (DatasetUtils.isEmptyOrNull(categoryPlot.getDataset())) {
                hideAxesAndGridlines(categoryPlot);
            }
        } else if (plot instanceof XYPlot xyPlot) {
            xyPlot.setDomainGridlineStroke(GRIDLINE_STROKE);
            xyPlot.setRangeGridlineStroke(GRIDLINE_STROKE);
            if (DatasetUtils.isEmptyOrNull(xyPlot.getDataset())) {
                hideAxesAndGridlines(xyPlot);
            }
        }
    }

    /** An empty plot keeps only its "no data" message: axes and gridlines from 0 to 1 would suggest values. */
    private static void hideAxesAndGridlines(CategoryPlot plot) {
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
    }

    private static void hideAxesAndGridlines(XYPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
    }

    private static StandardChartTheme standardTheme(ChartFonts fonts) {
        StandardChartTheme theme = new StandardChartTheme("parindex", false);
        theme.setExtraLargeFont(fonts.bold(17f));
        theme.setLargeFont(fonts.regular(13f));
        theme.setRegularFont(fonts.regular(11.5f));
        theme.setSmallFont(fonts.regular(10f));

        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(MUTED_TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(MUTED_TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);

        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRIDLINE);
        theme.setRangeGridlinePaint(GRIDLINE);
        theme.setBaselinePaint(AXIS_LINE);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);

        // Flat bars: the default gradients and shadows add nothing but noise.
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);

        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE, PALETTE, new Paint[] {OUTLINE},
                new Stroke[] {SERIES_STROKE}, new Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.createStandardSeriesShapes()));
        return theme;
    }
}
