package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Vietnamese text (and markup) reaches the images intact, in the bundled font, whatever its normal form. */
class VietnameseTextTest {
    private static final String UPPER =
            "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴ";
    /** The tone marks as combining characters, as decomposed input brings them (grave, acute, tilde, hook, dot). */
    private static final String COMBINING_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final String MARKUP = "<b>Sở \"Tư pháp\" & Co</b>";

    private static final ChartRenderer RENDERER = new ChartRenderer();
    private static final ChartSize SIZE = ChartSize.DEFAULT;

    static Stream<RenderCall> withMarkup() {
        return RenderCall.withSamples(MARKUP).stream();
    }

    @Test
    void bundledFontsDisplayEveryVietnameseLetterAndToneMark() {
        String letters = UPPER + UPPER.toLowerCase(Locale.ROOT) + COMBINING_MARKS;
        assertEquals(73, UPPER.length(), "a ă â đ e ê i o ô ơ u ư y, each vowel with its five tones");
        ChartFonts fonts = ChartFonts.load();

        assertEquals("DejaVu Sans", fonts.regular(12f).getFamily());
        assertEquals(-1, fonts.regular(12f).canDisplayUpTo(letters));
        assertEquals(-1, fonts.bold(17f).canDisplayUpTo(letters));
    }

    @Test
    void everyTextOfEveryChartIsDrawnInTheBundledFont() {
        ChartTheme theme = new ChartTheme(ChartFonts.load());
        List<JFreeChart> charts = List.of(
                new BarCharts(theme).bars(ChartSamples.TITLE, ChartSamples.AXIS, ChartSamples.UNITS,
                        ChartSamples.SCORES, true),
                new BarCharts(theme).grouped(ChartSamples.TITLE, ChartSamples.AXIS, ChartSamples.attainmentByYear()),
                new BarCharts(theme).stacked(ChartSamples.TITLE, ChartSamples.AXIS, ChartSamples.pointsLostByDomain()),
                new LineCharts(theme).lines(ChartSamples.TITLE, "Thứ hạng", ChartSamples.rankHistory(), true, true),
                new WaterfallCharts(theme).waterfall(ChartSamples.TITLE, ChartSamples.AXIS, "Năm 2021", 84.12,
                        ChartSamples.DOMAINS, ChartSamples.domainChanges(), "Năm 2022"),
                new BoxPlotCharts(theme).boxPlot(ChartSamples.TITLE, ChartSamples.AXIS, ChartSamples.scoresByYear()),
                new HeatmapCharts(theme).heatmap(ChartSamples.TITLE, ChartSamples.UNITS.subList(0, 3),
                        ChartSamples.DOMAINS, ChartSamples.attainment()),
                new BarCharts(theme).bars(ChartSamples.TITLE, "", List.of(), List.of(), false));

        for (JFreeChart chart : charts) {
            // Text as <text> elements (the renderer's SVGs hold outlines only) shows the font of every string.
            SVGGraphics2D g2 = new SVGGraphics2D(SIZE.width(), SIZE.height());
            chart.draw(g2, new Rectangle2D.Double(0, 0, SIZE.width(), SIZE.height()));
            Set<String> families = fontFamilies(g2.getSVGElement());

            assertEquals(Set.of("DejaVu Sans"), families, chart.getTitle().getText());
        }
    }

    @Test
    void svgDrawsTextAsOutlinesSoBrowsersNeedNoFont() {
        String svg = new String(RENDERER.bars(ChartSamples.TITLE, ChartSamples.AXIS, ChartSamples.UNITS,
                ChartSamples.SCORES, true, Format.SVG, SIZE), StandardCharsets.UTF_8);

        assertFalse(svg.contains("<text"));
        assertFalse(svg.contains("Lào Cai"));
        assertTrue(svg.contains("<path"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withMarkup")
    void markupInTextKeepsTheSvgWellFormed(RenderCall call) {
        byte[] bytes = call.apply(RENDERER, Format.SVG, SIZE);
        Document svg = ChartImages.svg(bytes);

        assertEquals(0, svg.getElementsByTagName("b").getLength());
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("<b>"));
    }

    @Test
    void titleIsDrawnInTheTitleArea() {
        BufferedImage titled = ChartImages.png(RENDERER.bars(ChartSamples.TITLE, ChartSamples.AXIS,
                ChartSamples.UNITS, ChartSamples.SCORES, true, Format.PNG, SIZE));
        BufferedImage untitled = ChartImages.png(RENDERER.bars("", ChartSamples.AXIS,
                ChartSamples.UNITS, ChartSamples.SCORES, true, Format.PNG, SIZE));

        int titleBand = 30;
        assertTrue(ChartImages.nonWhitePixels(titled, 0, 0, SIZE.width(), titleBand) > 500);
        assertEquals(0, ChartImages.nonWhitePixels(untitled, 0, 0, SIZE.width(), 6), "no title: a white top edge");
    }

    @Test
    void decomposedInputRendersTheSamePngAsComposedInput() {
        String title = "Sở Văn hóa, Thể thao và Du lịch — Ủy ban nhân dân huyện Bắc Hà";
        String nfdTitle = Normalizer.normalize(title, Normalizer.Form.NFD);
        assertNotEquals(title, nfdTitle, "the test input really is decomposed");
        List<String> nfdUnits = ChartSamples.UNITS.stream()
                .map(unit -> Normalizer.normalize(unit, Normalizer.Form.NFD)).toList();

        byte[] composed = RENDERER.bars(title, ChartSamples.AXIS, ChartSamples.UNITS, ChartSamples.SCORES, true,
                Format.PNG, SIZE);
        byte[] decomposed = RENDERER.bars(nfdTitle, Normalizer.normalize(ChartSamples.AXIS, Normalizer.Form.NFD),
                nfdUnits, ChartSamples.SCORES, true, Format.PNG, SIZE);

        assertArrayEquals(composed, decomposed);
    }

    private static Set<String> fontFamilies(String svg) {
        Matcher matcher = Pattern.compile("font-family: ?\"?([^\";']+)\"?").matcher(svg);
        Set<String> families = new TreeSet<>();
        while (matcher.find()) {
            families.add(matcher.group(1).trim());
        }
        return families;
    }
}
