package vn.parindex.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class CategoryDatasetsTest {
    @Test
    void equalCategoryNamesStayApartInTheirOrder() {
        DefaultCategoryDataset dataset = CategoryDatasets.single(
                List.of("Sở Y tế", "Sở Tư pháp", "Sở Y tế"), List.of(90.0, 85.0, 80.0));

        assertEquals(3, dataset.getColumnCount());
        assertEquals(List.of("Sở Y tế", "Sở Tư pháp", "Sở Y tế"),
                dataset.getColumnKeys().stream().map(Object::toString).toList());
        assertEquals(80.0, dataset.getValue(0, 2));
    }

    @Test
    void seriesShareCategoriesByNameWhateverTheNormalForm() {
        String nfd = Normalizer.normalize("Cải cách thủ tục hành chính", Normalizer.Form.NFD);
        DefaultCategoryDataset dataset = CategoryDatasets.multiple(List.of(
                new Series("2021", List.of("Cải cách thủ tục hành chính", "Tác động của CCHC"), List.of(70.0, 60.0)),
                new Series("2022", List.of(nfd, "Cải cách tài chính công"), List.of(75.0, 90.0))));

        assertEquals(3, dataset.getColumnCount());
        assertEquals(75.0, dataset.getValue(1, 0));
        assertNull(dataset.getValue(1, 1), "a category missing from a series is a gap there");
        assertEquals("Cải cách tài chính công", dataset.getColumnKey(2).toString());
    }

    @Test
    void nullNanAndInfiniteValuesAreNoPoint() {
        DefaultCategoryDataset dataset = CategoryDatasets.single(List.of("a", "b", "c", "d"),
                Arrays.asList(null, Double.NaN, Double.POSITIVE_INFINITY, 1.0));

        assertNull(dataset.getValue(0, 0));
        assertNull(dataset.getValue(0, 1));
        assertNull(dataset.getValue(0, 2));
        assertEquals(1.0, dataset.getValue(0, 3));
    }

    @Test
    void categoriesAndValuesPairUpToTheShorterList() {
        DefaultCategoryDataset dataset = CategoryDatasets.single(List.of("a", "b", "c"), List.of(1.0, 2.0));

        assertEquals(2, dataset.getColumnCount());
    }
}
