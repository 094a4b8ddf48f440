package vn.parindex.dashboard.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.data.category.DefaultCategoryDataset;

/** Builds JFreeChart category datasets from the renderer's plain inputs. */
final class CategoryDatasets {
    private CategoryDatasets() {
    }

    /** One series: one column per category, in the given order, even when two categories share a name. */
    static DefaultCategoryDataset single(List<String> categories, List<Double> values) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        LabelKey series = new LabelKey(0, "");
        int count = Math.min(size(categories), size(values));
        for (int i = 0; i < count; i++) {
            dataset.addValue(finite(values.get(i)), series, new LabelKey(i, ChartText.label(categories.get(i))));
        }
        return dataset;
    }

    /**
     * One row per series; the columns are the categories of all series in order of first appearance, matched
     * by their (normalised) name, so a category missing from one series is a gap there.
     */
    static DefaultCategoryDataset multiple(List<Series> seriesList) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, LabelKey> columns = new LinkedHashMap<>();
        int row = 0;
        for (Series series : seriesList == null ? List.<Series>of() : seriesList) {
            if (series == null) {
                continue;
            }
            LabelKey rowKey = new LabelKey(row++, ChartText.label(series.name()));
            int count = Math.min(size(series.categories()), size(series.values()));
            for (int i = 0; i < count; i++) {
                String name = ChartText.text(series.categories().get(i));
                LabelKey column = columns.computeIfAbsent(name, n -> new LabelKey(columns.size(), ChartText.label(n)));
                dataset.addValue(finite(series.values().get(i)), rowKey, column);
            }
        }
        return dataset;
    }

    /** The value a chart can draw: NaN and infinities are "no point", like null. */
    static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
