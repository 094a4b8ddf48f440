package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens written workbooks back with POI and checks what every briefing must have. */
final class WorkbookAssertions {
    private WorkbookAssertions() {
    }

    @FunctionalInterface
    interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    static XSSFWorkbook writeAndOpen(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static void assertNoFormulas(XSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (Row row : workbook.getSheetAt(i)) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(),
                            "formula in " + workbook.getSheetName(i) + "!" + cell.getAddress());
                }
            }
        }
    }

    /** Every string cell whose text equals {@code text}, as "Sheet!A1". */
    static List<String> findText(XSSFWorkbook workbook, String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (Row row : workbook.getSheetAt(i)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        found.add(workbook.getSheetName(i) + "!" + cell.getAddress());
                    }
                }
            }
        }
        return found;
    }

    /** The hostile text is found, always as a string cell with Excel's quote prefix. */
    static void assertWrittenAsQuotedText(XSSFWorkbook workbook, String text) {
        List<String> found = findText(workbook, text);
        assertFalse(found.isEmpty(), text + " not found as a string cell");
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (Row row : workbook.getSheetAt(i)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        assertTrue(cell.getCellStyle().getQuotePrefixed(), "no quote prefix at " + cell.getAddress());
                    }
                }
            }
        }
    }

    static void assertTableSheet(XSSFSheet sheet, int headerRow) {
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane, sheet.getSheetName() + " has no frozen pane");
        assertTrue(pane.isFreezePane());
        assertEquals(headerRow + 1, pane.getHorizontalSplitPosition(), sheet.getSheetName() + " frozen rows");
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + " has no auto-filter");
        assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().matches("A" + (headerRow + 1) + ":[A-Z]+\\d+"),
                sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals((headerRow + 1) + ":" + (headerRow + 1), sheet.getRepeatingRows().formatAsString());
        assertA4FitToWidth(sheet);
    }

    static void assertA4FitToWidth(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), sheet.getSheetName() + " paper");
        assertTrue(sheet.getFitToPage(), sheet.getSheetName() + " fit to page");
        assertEquals(1, print.getFitWidth(), sheet.getSheetName() + " pages wide");
    }

    static void assertTwoDecimals(Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
        assertEquals("[$-42A]0.00", cell.getCellStyle().getDataFormatString(), cell.getAddress().toString());
    }

    static void assertValidSheetNames(XSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            assertTrue(name.length() <= 31 && !name.matches(".*[\\[\\]:*?/\\\\].*"), name);
        }
    }

    /** The only chart of a sheet, with its first data set (bars or lines). */
    /**
     * Each category of a sheet's only chart with the sum of its series there, read from the chart's caches (what a
     * viewer draws before recalculating); each cached point must also be the cell its series references.
     */
    static Map<String, Double> seriesSums(XSSFSheet sheet) {
        XDDFChartData chart = onlyChartData(sheet);
        Map<String, Double> sums = new LinkedHashMap<>();
        for (int s = 0; s < chart.getSeriesCount(); s++) {
            XDDFChartData.Series series = chart.getSeries(s);
            CellRangeAddress cells = CellRangeAddress.valueOf(
                    series.getValuesData().getDataRangeReference().replaceAll(".*!", "").replace("$", ""));
            assertEquals(series.getCategoryData().getPointCount(), series.getValuesData().getPointCount());
            for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
                String category = String.valueOf(series.getCategoryData().getPointAt(i));
                Number cached = (Number) series.getValuesData().getPointAt(i);
                Cell cell = sheet.getRow(cells.getFirstRow() + i).getCell(cells.getFirstColumn());
                double value = cached == null ? 0 : cached.doubleValue();
                assertEquals(cell == null ? 0 : cell.getNumericCellValue(), value, 1e-9,
                        "cache of " + category + " in series " + s);
                assertTrue(value >= 0, "a stacked part of " + category + " drawn left of zero: " + value);
                sums.merge(category, value, Double::sum);
            }
        }
        return sums;
    }

    static XDDFChartData onlyChartData(XSSFSheet sheet) {
        List<XSSFChart> charts = sheet.getDrawingPatriarch() == null ? List.of()
                : sheet.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size(), sheet.getSheetName() + " charts");
        return charts.get(0).getChartSeries().get(0);
    }
}
