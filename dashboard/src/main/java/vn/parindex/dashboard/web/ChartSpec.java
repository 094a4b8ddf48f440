package vn.parindex.dashboard.web;

import vn.parindex.dashboard.chart.ChartRenderer;
import vn.parindex.dashboard.chart.Format;

/** A chart of a page, rendered on request (and then cached) in the format asked for. */
@FunctionalInterface
public interface ChartSpec {
    byte[] render(ChartRenderer charts, Format format);
}
