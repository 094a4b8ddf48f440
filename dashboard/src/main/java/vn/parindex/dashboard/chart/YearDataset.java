package vn.parindex.dashboard.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Series over years as points at their year: 2015 and 2018 stand three years apart, and a year a series has no value
 * for (null, or no such year at all) breaks its line rather than being bridged. Each year keeps the label its
 * category gave it ("2025 (/34) [minh họa]"), for the axis.
 *
 * @param labels each year's label: the first category naming it
 */
record YearDataset(XYSeriesCollection dataset, SortedMap<Integer, String> labels) {
    /** A category that names a year begins with it: "2022", "2025 (/34)", "2021 [minh họa]". */
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)(?!\\d)");

    /** The series on a year axis, or empty when a category names no year (or there are none). */
    static Optional<YearDataset> of(List<Series> seriesList) {
        SortedMap<Integer, String> labels = new TreeMap<>();
        List<Series> all = seriesList == null ? List.of() : seriesList.stream().filter(s -> s != null).toList();
        for (Series series : all) {
            int count = Math.min(CategoryDatasets.size(series.categories()), CategoryDatasets.size(series.values()));
            for (int i = 0; i < count; i++) {
                String category = ChartText.text(series.categories().get(i));
                Matcher year = YEAR.matcher(category);
                if (!year.find()) {
                    return Optional.empty();
                }
                labels.putIfAbsent(Integer.valueOf(year.group(1)), ChartText.label(category));
            }
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        int row = 0;
        for (Series series : all) {
            XYSeries points = new XYSeries(new LabelKey(row++, ChartText.label(series.name())), true, false);
            TreeSet<Integer> valued = new TreeSet<>();
            int count = Math.min(CategoryDatasets.size(series.categories()), CategoryDatasets.size(series.values()));
            for (int i = 0; i < count; i++) {
                Matcher year = YEAR.matcher(ChartText.text(series.categories().get(i)));
                year.find();
                int at = Integer.parseInt(year.group(1));
                Double value = CategoryDatasets.finite(series.values().get(i));
                points.addOrUpdate(Integer.valueOf(at), value);
                if (value != null) {
                    valued.add(at);
                }
            }
            for (int year : valued) {
                Integer next = valued.higher(year);
                if (next != null && next > year + 1 && points.indexOf(year + 1) < 0) {
                    points.add(Integer.valueOf(year + 1), null); // nothing measured in between: no line across
                }
            }
            dataset.addSeries(points);
        }
        return Optional.of(new YearDataset(dataset, Collections.unmodifiableSortedMap(labels)));
    }

    int first() {
        return labels.firstKey();
    }

    int last() {
        return labels.lastKey();
    }

    int longestLabel() {
        return labels.values().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The axis' tick labels: a year as its category wrote it, any other whole year as digits (no "2.015"). */
    NumberFormat tickLabels() {
        return new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
                return format(Math.round(number), to, position);
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
                return to.append(labels.getOrDefault((int) number, Long.toString(number)));
            }

            @Override
            public Number parse(String source, ParsePosition position) {
                return null; // tick labels are only written
            }
        };
    }
}
