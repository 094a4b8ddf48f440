package vn.parindex.dashboard.chart;

/** The pixel size of a rendered chart (the SVG's width and height too). */
public record ChartSize(int width, int height) {
    public static final ChartSize DEFAULT = new ChartSize(900, 500);

    /** Room per bar in {@link #forHorizontalBars}: one or two lines of a unit name. */
    private static final int PIXELS_PER_BAR = 24;
    /** Room for the title, the value axis and the margins around the bars. */
    private static final int PIXELS_AROUND_BARS = 110;

    /** Larger images would cost a request tens of megabytes of raster for no use on a screen or a slide. */
    public static final int MAX_SIDE = 4000;

    public ChartSize {
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(
                    "chart size must be 1.." + MAX_SIDE + " pixels each side: " + width + "x" + height);
        }
    }

    /** The default width, tall enough that a horizontal bar per category keeps its label readable. */
    public static ChartSize forHorizontalBars(int categoryCount) {
        int height = PIXELS_AROUND_BARS + PIXELS_PER_BAR * Math.max(0, categoryCount);
        return new ChartSize(DEFAULT.width(), Math.max(DEFAULT.height(), height));
    }
}
