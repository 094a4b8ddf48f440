package vn.parindex.briefings;

import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.TableKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
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
        assertEquals(List.of("Xếp hạng", "Đơn vị", "Chỉ số", "Kém đơn vị dẫn đầu", "Điểm chưa đạt",
                "Thay đổi so với năm trước", "Thay đổi thứ hạng", "Xếp hạng năm trước", "Khớp số công bố", "Nguồn số liệu"),
                Stream.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).map(c -> header.getCell(c).getStringCellValue()).toList());
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
            assertEquals("[$-42A]0\"/3\"", row.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(unit.officialValue(), row.getCell(2).getNumericCellValue());
            assertTwoDecimals(row.getCell(2));
            assertEquals(unit.gapToBest(), row.getCell(3).getNumericCellValue());
            assertTwoDecimals(row.getCell(3));
            assertEquals(unit.pointsLost(), row.getCell(4).getNumericCellValue());
            assertEquals(unit.delta(), row.getCell(5).getNumericCellValue());
            assertEquals(unit.rankChange(), (int) row.getCell(6).getNumericCellValue());
        }
        assertEquals(List.of("0,00", "7,25", "7,25"), Stream.of(1, 2, 3).map(i -> summary.getRow(HEADER + i).getCell(3))
                .map(c -> new DataFormatter(java.util.Locale.forLanguageTag("vi")).formatCellValue(c)).toList(),
                "the leader 0, the tied second 87,50 - 80,25 behind");
        assertNull(summary.getRow(HEADER + 4).getCell(3), "unranked: no gap");
        assertEquals("Có", summary.getRow(HEADER + 1).getCell(8).getStringCellValue());
        assertNull(summary.getRow(HEADER + 2).getCell(8));
        assertEquals("Không", summary.getRow(HEADER + 3).getCell(8).getStringCellValue());
        assertEquals(2, (int) summary.getRow(HEADER + 1).getCell(7).getNumericCellValue());
        assertEquals("[$-42A]0\"/3\"", summary.getRow(HEADER + 1).getCell(7).getCellStyle().getDataFormatString());
    }

    @Test
    void everySheetMarksTheSyntheticUnitAndItsHeaderStatesTheMix() {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            String header = sheet.getRow(1).getCell(0).getStringCellValue();
            if (sheet.getSheetName().equals("Mục tiêu")) {
                assertTrue(header.contains("Dữ liệu: bản công bố · "), "only the published unit has targets");
                continue;
            }
            assertTrue(header.contains("Dữ liệu: bản công bố và số liệu minh họa"), sheet.getSheetName() + ": " + header);
            if (sheet.getSheetName().equals("Điểm chưa đạt theo mục")) {
                continue; // one row per item: no unit names
            }
            String note = sheet.getRow(2).getCell(0).getStringCellValue();
            assertTrue(note.contains("\"số liệu minh họa\": số liệu tạo ra để minh họa"), note);
            assertTrue(note.contains(Fixture.SYNTHETIC_SOURCE) || !sheet.getSheetName().equals("Tổng hợp"), note);
            Row markup = rowOf(sheet, Fixture.MARKUP_NAME);
            int provenance = columnOf(sheet, "Nguồn số liệu");
            assertTrue(markup.getCell(provenance).getStringCellValue().startsWith("số liệu minh họa"),
                    sheet.getSheetName());
            assertNull(rowOf(sheet, "Sở Nội vụ").getCell(provenance), "published rows carry no mark");
        }
        assertEquals("số liệu minh họa — " + Fixture.SYNTHETIC_SOURCE, rowOf(workbook.getSheet("Tổng hợp"),
                Fixture.MARKUP_NAME).getCell(9).getStringCellValue());
    }

    @Test
    void aPartialTableShowsPublishedRanksOutOfItsTrueSize() throws Exception {
        try (XSSFWorkbook national = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeProvince(Fixture.data(), Fixture.NATIONAL_2021, out))) {
            XSSFSheet summary = national.getSheet("Tổng hợp");
            Row laoCai = rowOf(summary, "Lào Cai");
            assertEquals(11, (int) laoCai.getCell(0).getNumericCellValue());
            assertEquals("[$-42A]0\"/63 (công bố)\"", laoCai.getCell(0).getCellStyle().getDataFormatString());
            assertEquals("11/63 (công bố)", new DataFormatter().formatCellValue(laoCai.getCell(0)));
            Row bacKan = rowOf(summary, "Bắc Kạn");
            assertEquals("63/63 (công bố)", new DataFormatter().formatCellValue(bacKan.getCell(0)));
            assertNull(bacKan.getCell(2), "a rank-only row has no value");
            assertNull(laoCai.getCell(3), "a partial table's leader may not be in the input: no gap");
            assertEquals("Báo cáo Chỉ số CCHC năm 2021 — toàn quốc", summary.getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aTableThatShrankShowsLastYearsRankOutOfItsOwnSizeInsteadOfAMovement() throws Exception {
        try (XSSFWorkbook laoCai = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeProvince(Fixture.data(), Fixture.LAO_CAI_2022, out))) {
            for (String name : List.of("Tổng hợp", "So với năm trước")) {
                XSSFSheet sheet = laoCai.getSheet(name);
                Row sttt = rowOf(sheet, "Sở TT&TT");
                int previous = columnOf(sheet, "Xếp hạng năm trước");
                int movement = columnOf(sheet, "Thay đổi thứ hạng");
                assertEquals("3/14", new DataFormatter().formatCellValue(sttt.getCell(0)));
                assertEquals("19/19", new DataFormatter().formatCellValue(sttt.getCell(previous)));
                assertEquals(CellType.STRING, sttt.getCell(movement).getCellType(), "no number: no movement");
                assertEquals("năm trước 19/19", sttt.getCell(movement).getStringCellValue());
            }
            assertEquals(2.87, rowOf(laoCai.getSheet("Tổng hợp"), "Sở TT&TT").getCell(3).getNumericCellValue(),
                    1e-9, "90,00 - 87,13 behind Sở Nội vụ");
        }
    }

    @Test
    void domainLossesInIndexPointsAddUpToTheHeadlineWithTheUnreconciledDifference() throws Exception {
        try (XSSFWorkbook laoCai = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeProvince(Fixture.data(), Fixture.LAO_CAI_2022, out))) {
            XSSFSheet loss = laoCai.getSheet("Điểm chưa đạt theo lĩnh vực");
            Row sttt = rowOf(loss, "Sở TT&TT");
            int difference = columnOf(loss, "Chênh lệch với số công bố");
            int total = columnOf(loss, "Tổng (bằng điểm chưa đạt của chỉ số)");
            assertEquals(List.of(2, 3, 4, 5), List.of(2, 3, difference, total));
            assertEquals(5.0, sttt.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(11.54, sttt.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(-3.67, sttt.getCell(difference).getNumericCellValue(), 1e-9);
            assertEquals(12.87, sttt.getCell(total).getNumericCellValue(), 1e-9);
            assertEquals(sttt.getCell(total).getNumericCellValue(), sttt.getCell(2).getNumericCellValue()
                    + sttt.getCell(3).getNumericCellValue() + sttt.getCell(difference).getNumericCellValue(), 1e-9);
            assertNull(rowOf(loss, "Sở Nội vụ").getCell(difference), "reconciled units have no difference");
            assertTrue(loss.getRow(1).getCell(0).getStringCellValue().contains("điểm chỉ số"));
        }
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
        assertEquals(13.75, loss.getRow(HEADER + 3).getCell(4).getNumericCellValue(), 1e-9);
        assertEquals(19.75, loss.getRow(HEADER + 3).getCell(5).getNumericCellValue(), 1e-9);
        XDDFBarChartData bars = (XDDFBarChartData) onlyChartData(loss);
        assertEquals(BarGrouping.STACKED, bars.getBarGrouping());
        String sheet = "'Điểm chưa đạt theo lĩnh vực'!";
        assertEquals(sheet + "$B$5:$B$8", bars.getSeries(0).getCategoryData().getDataRangeReference());
        assertTrue(loss.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0)
                .xmlText().contains("overlap"), "stacked bars overlap fully");
    }

    /** Each bar is as long as the unit's headline points lost: 100 − its published value, to the cent. */
    @Test
    void eachStackedBarAddsUpToTheUnitsPointsLost() throws Exception {
        for (XSSFWorkbook book : List.of(workbook, WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeProvince(Fixture.data(), Fixture.LAO_CAI_2022, out)))) {
            XSSFSheet loss = book.getSheet("Điểm chưa đạt theo lĩnh vực");
            Map<String, Double> sums = WorkbookAssertions.seriesSums(loss);
            XSSFSheet summary = book.getSheet("Tổng hợp");
            int value = columnOf(summary, vn.parindex.marts.Columns.OFFICIAL_VALUE.label());
            int checked = 0;
            for (int r = HEADER + 1; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                if (row == null || row.getCell(value) == null || row.getCell(value).getCellType() != CellType.NUMERIC) {
                    continue;
                }
                String unit = row.getCell(1).getStringCellValue();
                assertEquals(100 - row.getCell(value).getNumericCellValue(), sums.get(unit), 0.01, unit);
                checked++;
            }
            assertTrue(checked >= 2, "units checked: " + checked);
        }
    }

    @Test
    void aNegativeDifferenceScalesTheDrawnDomainsAndSaysSo() throws Exception {
        try (XSSFWorkbook laoCai = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeProvince(Fixture.data(), Fixture.LAO_CAI_2022, out))) {
            XSSFSheet loss = laoCai.getSheet("Điểm chưa đạt theo lĩnh vực");
            assertEquals(12.87, WorkbookAssertions.seriesSums(loss).get("Sở TT&TT"), 1e-9, "5,00 + 11,54 − 3,67");
            assertEquals(12.87, rowOf(loss, "Sở TT&TT").getCell(5).getNumericCellValue(), 1e-9, "the table's total");
            assertEquals(5.0, rowOf(loss, "Sở TT&TT").getCell(2).getNumericCellValue(), 1e-9, "the table keeps 5,00");
            assertFalse(findText(laoCai, "Chưa chia theo lĩnh vực").isEmpty()
                    && findText(laoCai, "Chênh lệch với số công bố").isEmpty());
            assertTrue(laoCai.getSheet("Điểm chưa đạt theo lĩnh vực").getDrawingPatriarch().getCharts().get(0)
                    .getTitleText().getString().endsWith("[suy ra]"), "the chart is tagged derived");
            assertTrue(loss.getRow(1).getCell(0).getStringCellValue().contains("suy ra"), "the header line says so");
        }
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
        assertEquals(List.of("Đạt", "Đạt", "Chờ kết quả", "Chưa đạt"), Stream.of(1, 2, 3, 4)
                .map(i -> targets.getRow(HEADER + i).getCell(6).getStringCellValue()).toList());
        Row rankImprove = targets.getRow(HEADER + 2);
        assertEquals("Tăng bậc xếp hạng", rankImprove.getCell(2).getStringCellValue());
        assertEquals("[$-42A]0", rankImprove.getCell(3).getCellStyle().getDataFormatString(), "a rank is whole");
        assertEquals("Xếp hạng không thấp hơn", targets.getRow(HEADER + 1).getCell(2).getStringCellValue());
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
        assertFalse(core.getSubject().contains("công bố"), "a snapshot is not a publication");
        assertEquals(Fixture.SNAPSHOT.createdAt().toEpochMilli(), core.getCreated().getTime());
    }

    /** The row whose unit column (B) holds this name. */
    static Row rowOf(XSSFSheet sheet, String unitName) {
        for (Row row : sheet) {
            if (row.getRowNum() > HEADER && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(unitName)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unitName + " in " + sheet.getSheetName());
    }

    static int columnOf(XSSFSheet sheet, String header) {
        for (var cell : sheet.getRow(HEADER)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    @Test
    void aTableWithoutRankedUnitsIsRefused() {
        TableKey missing = new TableKey(Fixture.PROVINCE, Fixture.TIER, Fixture.INDEX, 1999);
        assertThrows(IllegalArgumentException.class,
                () -> Briefings.writeProvince(Fixture.data(), missing, new ByteArrayOutputStream()));
    }
}
