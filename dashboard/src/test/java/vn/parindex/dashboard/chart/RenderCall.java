package vn.parindex.dashboard.chart;

import java.util.LinkedHashMap;
import java.util.List;

/** One public renderer method called with fixed inputs, so that tests can run every chart kind alike. */
record RenderCall(String name, Render render) {
    @FunctionalInterface
    interface Render {
        byte[] apply(ChartRenderer renderer, Format format, ChartSize size);
    }

    byte[] apply(ChartRenderer renderer, Format format, ChartSize size) {
        return render.apply(renderer, format, size);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every method with the sample data; the title (and a category where there is one) is the given text. */
    static List<RenderCall> withSamples(String title) {
        return List.of(
                new RenderCall("bars", (r, f, s) -> r.bars(title, ChartSamples.AXIS, ChartSamples.UNITS,
                        ChartSamples.SCORES, true, f, s)),
                new RenderCall("groupedBars", (r, f, s) -> r.groupedBars(title, ChartSamples.AXIS,
                        ChartSamples.attainmentByYear(), f, s)),
                new RenderCall("stackedBars", (r, f, s) -> r.stackedBars(title, "Điểm chưa đạt",
                        ChartSamples.pointsLostByDomain(), f, s)),
                new RenderCall("lines", (r, f, s) -> r.lines(title, "Thứ hạng", ChartSamples.rankHistory(),
                        true, true, f, s)),
                new RenderCall("waterfall", (r, f, s) -> r.waterfall(title, ChartSamples.AXIS, "Năm 2021", 84.12,
                        ChartSamples.DOMAINS, ChartSamples.domainChanges(), "Năm 2022", f, s)),
                new RenderCall("boxPlot", (r, f, s) -> r.boxPlot(title, ChartSamples.AXIS,
                        ChartSamples.scoresByYear(), f, s)),
                new RenderCall("heatmap", (r, f, s) -> r.heatmap(title, ChartSamples.UNITS.subList(0, 3),
                        ChartSamples.DOMAINS, ChartSamples.attainment(), f, s)));
    }

    /** Every method with empty inputs. */
    static List<RenderCall> empty() {
        return List.of(
                new RenderCall("bars", (r, f, s) -> r.bars("", "", List.of(), List.of(), false, f, s)),
                new RenderCall("groupedBars", (r, f, s) -> r.groupedBars("", "", List.of(), f, s)),
                new RenderCall("stackedBars", (r, f, s) -> r.stackedBars("", "", List.of(), f, s)),
                new RenderCall("lines", (r, f, s) -> r.lines("", "", List.of(), true, true, f, s)),
                new RenderCall("waterfall", (r, f, s) -> r.waterfall("", "", "", 80.0, List.of(), List.of(), "", f,
                        s)),
                new RenderCall("boxPlot", (r, f, s) -> r.boxPlot("", "", new LinkedHashMap<>(), f, s)),
                new RenderCall("heatmap", (r, f, s) -> r.heatmap("", List.of(), List.of(), new double[0][0], f,
                        s)));
    }

    /** Every method with null for every list, map, array and text. */
    static List<RenderCall> nulls() {
        return List.of(
                new RenderCall("bars", (r, f, s) -> r.bars(null, null, null, null, true, f, s)),
                new RenderCall("groupedBars", (r, f, s) -> r.groupedBars(null, null, null, f, s)),
                new RenderCall("stackedBars", (r, f, s) -> r.stackedBars(null, null, null, f, s)),
                new RenderCall("lines", (r, f, s) -> r.lines(null, null, null, false, false, f, s)),
                new RenderCall("waterfall", (r, f, s) -> r.waterfall(null, null, null, 80.0, null, null, null, f,
                        s)),
                new RenderCall("boxPlot", (r, f, s) -> r.boxPlot(null, null, null, f, s)),
                new RenderCall("heatmap", (r, f, s) -> r.heatmap(null, null, null, null, f, s)));
    }
}
