package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every public method, in both formats: decodable images of exactly the requested size, also for no data. */
class ChartRendererTest {
    private static final ChartRenderer RENDERER = new ChartRenderer();
    /** Not the default, so that a renderer ignoring the requested size fails. */
    private static final ChartSize SIZE = new ChartSize(640, 410);

    static Stream<RenderCall> samples() {
        return RenderCall.withSamples(ChartSamples.TITLE).stream();
    }

    static Stream<Arguments> emptyAndNullInputs() {
        return Stream.concat(RenderCall.empty().stream().map(call -> Arguments.of("empty", call)),
                RenderCall.nulls().stream().map(call -> Arguments.of("null", call)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void pngDecodesAtTheRequestedSize(RenderCall call) {
        BufferedImage image = ChartImages.png(call.apply(RENDERER, Format.PNG, SIZE));

        assertEquals(SIZE.width(), image.getWidth());
        assertEquals(SIZE.height(), image.getHeight());
        assertTrue(ChartImages.nonWhitePixels(image, 0, 0, SIZE.width(), SIZE.height()) > 1000,
                "the chart draws something");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void svgIsWellFormedWithTheRequestedSize(RenderCall call) {
        Element svg = ChartImages.svg(call.apply(RENDERER, Format.SVG, SIZE)).getDocumentElement();

        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals(SIZE.width(), Double.parseDouble(svg.getAttribute("width")));
        assertEquals(SIZE.height(), Double.parseDouble(svg.getAttribute("height")));
        assertEquals("0 0 " + SIZE.width() + " " + SIZE.height(), svg.getAttribute("viewBox"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("emptyAndNullInputs")
    void noDataRendersTheNoDataMessageInBothFormats(String inputs, RenderCall call) {
        BufferedImage image = ChartImages.png(call.apply(RENDERER, Format.PNG, SIZE));
        assertEquals(SIZE.width(), image.getWidth());
        assertEquals(SIZE.height(), image.getHeight());
        // No title and no axes: only "Không có dữ liệu" in the middle of the plot is drawn.
        int middle = SIZE.height() / 2;
        assertTrue(ChartImages.nonWhitePixels(image, 0, middle - 20, SIZE.width(), middle + 20) > 50);
        assertEquals(0, ChartImages.nonWhitePixels(image, 0, 0, SIZE.width(), middle - 40));

        Element svg = ChartImages.svg(call.apply(RENDERER, Format.SVG, SIZE)).getDocumentElement();
        assertEquals(SIZE.width(), Double.parseDouble(svg.getAttribute("width")));
    }

    @Test
    void concurrentRendersOnOneRendererGiveTheSameBytesAsOne() throws Exception {
        RenderCall ranking = RenderCall.withSamples(ChartSamples.TITLE).get(0);
        byte[] alone = ranking.apply(RENDERER, Format.PNG, SIZE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> ranking.apply(RENDERER, Format.PNG, SIZE)));
            }
            for (Future<byte[]> result : results) {
                assertArrayEquals(alone, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
