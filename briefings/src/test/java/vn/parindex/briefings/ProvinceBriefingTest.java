package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.briefings.WorkbookAssertions.assertNoFormulas;
import static vn.parindex.briefings.WorkbookAssertions.assertTableSheet;
import static vn.parindex.briefings.WorkbookAssertions.assertTwoDecimals;
import static vn.parindex.briefings.WorkbookAssertions.assertValidSheetNames;
import static vn.parindex.briefings.WorkbookAssertions.assertWrittenAsQuotedText;
import static vn.parindex.briefings.WorkbookAssertions.findText;
import static vn.parindex.briefings.WorkbookAssertions.onlyChartData;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProvinceBriefingTest {
    private static final int HEADER = 3;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws Exception {
        workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeProvince(Fixture.data(), Fixture.TABLE, out));
    }

    @Test
    void summaryListsTheUnitsInRankOrderWithTheFixturesNumbers() {
        XSSFSheet summary = workbook.getSheet("Tổng hợp");
        assertEquals("Báo cáo Chỉ số CCHC năm 2024 — tỉnh Tỉnh Thử Nghiệm",
                summary.getRow(0).getCell(0).getStringCellValue());
        Row header = summary.getRow(HEADER);
        assertEquals(List.of("Xếp hạng", "Đơn vị", "Chỉ số", "Điểm chưa đạt", "Thay đổi so với năm trước",
                "Hạng năm trước", "Thay đổi hạng", "Khớp số công bố"),
                List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                        header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                        header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
                        header.getCell(6).getStringCellValue(), header.getCell(7).getStringCellValue()));
        for (int i = 0; i < Fixture.UNITS_2024.size(); i++) {
            UnitResult unit = Fixture.UNITS_2024.get(i);
            Row row = summary.getRow(HEADER + 1 + i);
            assertEquals(unit.unitName(), row.getCell(1).getStringCellValue());
            if (unit.rank() == null) {
                assertNull(row.getCell(0));
                assertNull(row.getCell(2));
                continue;
            }
            assertEquals(unit.rank(), (int) row.getCell(0).getNumericCellValue());
            assertEquals("0\"/3\"", row.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(unit.officialValue(), row.getCell(2).getNumericCellValue());
            assertTwoDecimals(row.getCell(2));
            assertEquals(unit.pointsLost(), row.getCell(3).getNumericCellValue());
            assertEquals(unit.delta(), row.getCell(4).getNumericCellValue());
            assertEquals(unit.rankChange(), (int) row.getCell(6).getNumericCellValue());
        }
        assertEquals("Có", summary.getRow(HEADER + 1).getCell(7).getStringCellValue());
        assertNull(summary.getRow(HEADER + 2).getCell(7));
        assertEquals("Không", summary.getRow(HEADER + 3).getCell(7).getStringCellValue());
    }

    @Test
    void rankingChartBarsTheRankedUnitsValuesFromTheSummaryCells() {
        XDDFChartData bars = onlyChartData(workbook.getSheet("Tổng hợp"));
        assertEquals(1, bars.getSeriesCount());
        assertEquals("'Tổng hợp'!$B$5:$B$7", bars.getSeries(0).getCategoryData().getDataRangeReference());
        assertEquals("'Tổng hợp'!$C$5:$C$7", bars.getSeries(0).getValuesData().getDataRangeReference());
    }

    @Test
    void domainMatrixHoldsEachUnitsAttainment() {
        XSSFSheet matrix = workbook.getSheet("Mức đạt theo lĩnh vực");
        assertEquals("1. " + Fixture.DOMAIN_1, matrix.getRow(HEADER).getCell(2).getStringCellValue());
        assertEquals("2. " + Fixture.DOMAIN_2, matrix.getRow(HEADER).getCell(3).getStringCellValue());
        assertEquals(90.0, matrix.getRow(HEADER + 1).getCell(2).getNumericCellValue());
        assertEquals(85.0, matrix.getRow(HEADER + 1).getCell(3).getNumericCellValue());
        assertEquals(75.0, matrix.getRow(HEADER + 2).getCell(2).getNumericCellValue());
        assertEquals(80.0, matrix.getRow(HEADER + 3).getCell(3).getNumericCellValue());
        assertTwoDecimals(matrix.getRow(HEADER + 3).getCell(2));
        assertEquals(1, matrix.getSheetConditionalFormatting().getNumConditionalFormattings());
    }

    @Test
    void pointsLostByDomainAreStackedBarsOneSeriesPerDomainColumn() {
        XSSFSheet loss = workbook.getSheet("Điểm chưa đạt theo lĩnh vực");
        assertEquals(1.0, loss.getRow(HEADER + 1).getCell(2).getNumericCellValue());
        assertEquals(4.0, loss.getRow(HEADER + 3).getCell(3).getNumericCellValue());
        XDDFBarChartData bars = (XDDFBarChartData) onlyChartData(loss);
        assertEquals(BarGrouping.STACKED, bars.getBarGrouping());
        assertEquals(2, bars.getSeriesCount());
        String sheet = "'Điểm chưa đạt theo lĩnh vực'!";
        assertEquals(sheet + "$B$5:$B$8", bars.getSeries(0).getCategoryData().getDataRangeReference());
        assertEquals(sheet + "$C$5:$C$8", bars.getSeries(0).getValuesData().getDataRangeReference());
        assertEquals(sheet + "$D$5:$D$8", bars.getSeries(1).getValuesData().getDataRangeReference());
        assertTrue(loss.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0)
                .xmlText().contains("overlap"), "stacked bars overlap fully");
    }

    @Test
    void pointsLostByItemYearOverYearAndTargetsAreListed() {
        XSSFSheet items = workbook.getSheet("Điểm chưa đạt theo mục");
        assertEquals(Fixture.DOMAIN_2, items.getRow(HEADER + 2).getCell(1).getStringCellValue());
        assertEquals(9.0, items.getRow(HEADER + 2).getCell(7).getNumericCellValue());
        XSSFSheet yoy = workbook.getSheet("So với năm trước");
        assertEquals(85.0, yoy.getRow(HEADER + 1).getCell(3).getNumericCellValue());
        assertEquals(2, (int) yoy.getRow(HEADER + 1).getCell(5).getNumericCellValue());
        XSSFSheet targets = workbook.getSheet("Mục tiêu");
        assertEquals(List.of("Đạt", "Chờ kết quả", "Chưa đạt"), List.of(
                targets.getRow(HEADER + 1).getCell(6).getStringCellValue(),
                targets.getRow(HEADER + 2).getCell(6).getStringCellValue(),
                targets.getRow(HEADER + 3).getCell(6).getStringCellValue()));
    }

    @Test
    void everySheetIsAFrozenFilteredA4TableWithValidName() {
        assertEquals(6, workbook.getNumberOfSheets());
        assertValidSheetNames(workbook);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            assertTableSheet(workbook.getSheetAt(i), HEADER);
        }
    }

    @Test
    void hostileNamesStayTextAndNothingIsAFormula() {
        assertNoFormulas(workbook);
        assertWrittenAsQuotedText(workbook, Fixture.FORMULA_NAME);
        assertEquals(4, findText(workbook, Fixture.MARKUP_NAME).size(), "one per sheet listing the units");
    }

    @Test
    void documentPropertiesNameTheReportAndTheSnapshot() {
        var core = workbook.getProperties().getCoreProperties();
        assertEquals("Báo cáo Chỉ số CCHC năm 2024 — tỉnh Tỉnh Thử Nghiệm", core.getTitle());
        assertTrue(core.getSubject().contains(Fixture.SNAPSHOT.id()), core.getSubject());
        assertEquals(Fixture.SNAPSHOT.createdAt().toEpochMilli(), core.getCreated().getTime());
    }

    @Test
    void aTableWithoutRankedUnitsIsRefused() {
        TableKey missing = new TableKey(Fixture.PROVINCE, Fixture.TIER, Fixture.INDEX, 1999);
        assertThrows(IllegalArgumentException.class,
                () -> Briefings.writeProvince(Fixture.data(), missing, new ByteArrayOutputStream()));
    }
}
