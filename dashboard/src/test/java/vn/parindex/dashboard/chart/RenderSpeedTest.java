package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A typical chart renders well within a web request's budget once the JVM is warm. */
class RenderSpeedTest {
    private static final long BUDGET_MILLIS = 150;
    private static final int WARM_UP = 10;
    private static final int MEASURED = 11;

    @ParameterizedTest
    @EnumSource(Format.class)
    void rankingOfNineteenUnitsAndAHeatmapRenderWithinBudgetEach(Format format) {
        ChartRenderer renderer = new ChartRenderer();
        List<String> units = IntStream.range(0, 19)
                .mapToObj(i -> ChartSamples.UNITS.get(i % ChartSamples.UNITS.size()) + " " + i).toList();
        List<Double> scores = IntStream.range(0, 19).mapToObj(i -> 92.5 - i * 1.25).toList();
        long[] millis = new long[MEASURED];
        for (int i = -WARM_UP; i < MEASURED; i++) {
            long start = System.nanoTime();
            renderer.heatmap(ChartSamples.TITLE, ChartSamples.UNITS, ChartSamples.DOMAINS, ChartSamples.attainment(),
                    format, ChartSize.DEFAULT);
            renderer.bars(ChartSamples.TITLE, ChartSamples.AXIS, units, scores, true, format,
                    ChartSize.forHorizontalBars(units.size()));
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 2_000_000; // per chart
            }
        }
        Arrays.sort(millis);
        long median = millis[MEASURED / 2];

        assertTrue(median < BUDGET_MILLIS, format + " median " + median + " ms");
    }
}
