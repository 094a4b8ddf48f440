package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.briefings.WorkbookAssertions.assertA4FitToWidth;
import static vn.parindex.briefings.WorkbookAssertions.assertNoFormulas;
import static vn.parindex.briefings.WorkbookAssertions.assertTableSheet;
import static vn.parindex.briefings.WorkbookAssertions.assertTwoDecimals;
import static vn.parindex.briefings.WorkbookAssertions.assertValidSheetNames;
import static vn.parindex.briefings.WorkbookAssertions.onlyChartData;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitBriefingTest {
    private static final UnitYear INTERIOR = new UnitYear("T-NV", Fixture.INDEX, Fixture.YEAR);
    private static XSSFWorkbook workbook;
    private static XSSFSheet summary;

    @BeforeAll
    static void write() throws Exception {
        workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeUnit(Fixture.data(), INTERIOR, out));
        summary = workbook.getSheet("Tóm tắt");
    }

    /** The row whose first cell holds this label. */
    private static Row rowLabelled(String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    @Test
    void headlineGivesValueRankOutOfAndChange() {
        assertEquals("Sở Nội vụ — Chỉ số CCHC năm 2024", summary.getRow(0).getCell(0).getStringCellValue());
        assertEquals(87.5, rowLabelled("Chỉ số").getCell(1).getNumericCellValue());
        assertTwoDecimals(rowLabelled("Chỉ số").getCell(1));
        assertEquals(1, (int) rowLabelled("Xếp hạng").getCell(1).getNumericCellValue());
        assertEquals("0\"/3\"", rowLabelled("Xếp hạng").getCell(1).getCellStyle().getDataFormatString());
        assertEquals(2.5, rowLabelled("Thay đổi so với năm trước").getCell(1).getNumericCellValue());
        assertEquals(2, (int) rowLabelled("Hạng năm trước").getCell(1).getNumericCellValue());
        assertEquals(12.5, rowLabelled("Điểm chưa đạt").getCell(1).getNumericCellValue());
    }

    @Test
    void trendIsANativeLineChartOverTheYearCells() {
        Row header = rowLabelled("Năm");
        int first = header.getRowNum() + 1;
        assertEquals(2023, (int) summary.getRow(first).getCell(0).getNumericCellValue());
        assertEquals(85.0, summary.getRow(first).getCell(1).getNumericCellValue());
        assertEquals(87.5, summary.getRow(first + 1).getCell(1).getNumericCellValue());
        XDDFChartData lines = onlyChartData(summary);
        assertTrue(lines instanceof XDDFLineChartData);
        assertEquals("'Tóm tắt'!$A$" + (first + 1) + ":$A$" + (first + 2),
                lines.getSeries(0).getCategoryData().getDataRangeReference());
        assertEquals("'Tóm tắt'!$B$" + (first + 1) + ":$B$" + (first + 2),
                lines.getSeries(0).getValuesData().getDataRangeReference());
    }

    @Test
    void domainsLossDriversAndTargetsAreOnTheOnePage() {
        Row firstDomain = summary.getRow(rowLabelled("Mã").getRowNum() + 1);
        assertEquals(Fixture.DOMAIN_1, firstDomain.getCell(1).getStringCellValue());
        assertEquals(90.0, firstDomain.getCell(4).getNumericCellValue());
        assertEquals(1.25, firstDomain.getCell(5).getNumericCellValue());
        Row firstDriver = summary.getRow(rowLabelled("Năm mục có điểm chưa đạt nhiều nhất").getRowNum() + 2);
        assertEquals(List.of("2", 3.0, 75.0), List.of(firstDriver.getCell(0).getStringCellValue(),
                firstDriver.getCell(2).getNumericCellValue(), firstDriver.getCell(3).getNumericCellValue()));
        Row firstTarget = summary.getRow(rowLabelled("Mục tiêu kế hoạch").getRowNum() + 2);
        assertEquals("TOTAL", firstTarget.getCell(0).getStringCellValue());
        assertEquals("Đạt", firstTarget.getCell(5).getStringCellValue());
    }

    @Test
    void summaryPrintsOnOneA4PageAndItemsSheetIsATable() {
        assertA4FitToWidth(summary);
        assertEquals(1, summary.getPrintSetup().getFitHeight());
        assertTrue(summary.getPaneInformation().isFreezePane());
        XSSFSheet items = workbook.getSheet("Tất cả mục");
        assertTableSheet(items, 3);
        assertEquals(List.of("1", "1.1", "1.2", "2"), List.of(items.getRow(4).getCell(0).getStringCellValue(),
                items.getRow(5).getCell(0).getStringCellValue(), items.getRow(6).getCell(0).getStringCellValue(),
                items.getRow(7).getCell(0).getStringCellValue()));
        assertEquals(5.0, items.getRow(6).getCell(4).getNumericCellValue());
        assertTwoDecimals(items.getRow(6).getCell(4));
        assertValidSheetNames(workbook);
        assertNoFormulas(workbook);
    }

    @Test
    void aHostileUnitNameIsTextInItsOwnBriefing() throws Exception {
        UnitYear hostile = new UnitYear("T-F", Fixture.INDEX, Fixture.YEAR);
        try (XSSFWorkbook formula = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(Fixture.data(), hostile, out))) {
            assertNoFormulas(formula);
            assertEquals(Fixture.FORMULA_NAME + " — Chỉ số CCHC năm 2024",
                    formula.getSheet("Tóm tắt").getRow(0).getCell(0).getStringCellValue());
            assertTrue(formula.getProperties().getCoreProperties().getTitle().endsWith(Fixture.FORMULA_NAME));
        }
    }

    @Test
    void anUnknownUnitYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Briefings.writeUnit(Fixture.data(),
                new UnitYear("T-NV", Fixture.INDEX, 1999), new ByteArrayOutputStream()));
    }
}
