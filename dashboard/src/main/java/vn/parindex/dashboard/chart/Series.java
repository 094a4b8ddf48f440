package vn.parindex.dashboard.chart;

import java.util.List;

/**
 * One named row of values, aligned with its categories by position. A {@code null} value means "no point"
 * (a gap in a line, no bar); values beyond the categories, or categories beyond the values, are ignored.
 */
public record Series(String name, List<String> categories, List<Double> values) {
}
