package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.parindex.briefings.WorkbookAssertions.assertNoFormulas;
import static vn.parindex.briefings.WorkbookAssertions.assertTableSheet;
import static vn.parindex.briefings.WorkbookAssertions.assertTwoDecimals;
import static vn.parindex.briefings.WorkbookAssertions.assertValidSheetNames;
import static vn.parindex.briefings.WorkbookAssertions.assertWrittenAsQuotedText;
import static vn.parindex.briefings.WorkbookAssertions.onlyChartData;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparisonExportTest {
    private static final ComparisonRequest REQUEST = new ComparisonRequest(Fixture.INDEX,
            List.of("T-NV", "T-F"), List.of(2024, 2023));
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws Exception {
        workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeComparison(Fixture.data(), REQUEST, out));
    }

    @Test
    void unitsByYearsHoldValueAndRankOutOf() {
        XSSFSheet sheet = workbook.getSheet("So sánh chỉ số");
        Row header = sheet.getRow(3);
        assertEquals(List.of("Năm", "Sở Nội vụ", Fixture.FORMULA_NAME, "Xếp hạng — Sở Nội vụ"),
                List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                        header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()));
        Row y2023 = sheet.getRow(4);
        assertEquals(2023, (int) y2023.getCell(0).getNumericCellValue());
        assertEquals(85.0, y2023.getCell(1).getNumericCellValue());
        assertEquals(86.0, y2023.getCell(2).getNumericCellValue());
        assertTwoDecimals(y2023.getCell(2));
        assertEquals(1, (int) y2023.getCell(4).getNumericCellValue());
        assertEquals("0\"/3\"", y2023.getCell(4).getCellStyle().getDataFormatString());
        assertEquals(80.25, sheet.getRow(5).getCell(2).getNumericCellValue());
        assertTableSheet(sheet, 3);
    }

    @Test
    void lineChartHasOneSeriesPerUnitOverTheYearColumn() {
        XDDFChartData lines = onlyChartData(workbook.getSheet("So sánh chỉ số"));
        assertEquals(2, lines.getSeriesCount());
        assertEquals("'So sánh chỉ số'!$A$5:$A$6", lines.getSeries(1).getCategoryData().getDataRangeReference());
        assertEquals("'So sánh chỉ số'!$B$5:$B$6", lines.getSeries(0).getValuesData().getDataRangeReference());
        assertEquals("'So sánh chỉ số'!$C$5:$C$6", lines.getSeries(1).getValuesData().getDataRangeReference());
    }

    @Test
    void domainSheetListsEachUnitYearDomain() {
        XSSFSheet domains = workbook.getSheet("Mức đạt theo lĩnh vực");
        assertEquals(3 + 2 * 2 * 2, domains.getLastRowNum());
        Row first = domains.getRow(4);
        assertEquals(List.of("Sở Nội vụ", "2023", "1"), List.of(first.getCell(0).getStringCellValue(),
                String.valueOf((int) first.getCell(2).getNumericCellValue()), first.getCell(3).getStringCellValue()));
        assertEquals(80.0, first.getCell(7).getNumericCellValue());
        assertTableSheet(domains, 3);
        assertValidSheetNames(workbook);
        assertNoFormulas(workbook);
        assertWrittenAsQuotedText(workbook, Fixture.FORMULA_NAME);
    }
}
