package vn.parindex.briefings;

import vn.parindex.marts.records.UnitYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
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
        return labelled(summary, 0, label);
    }

    /** The first row whose cell in this column holds this label. */
    private static Row labelled(XSSFSheet sheet, int column, String label) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && row.getCell(column).getStringCellValue().equals(label)) {
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
        assertEquals("[$-42A]0\"/3\"", rowLabelled("Xếp hạng").getCell(1).getCellStyle().getDataFormatString());
        assertEquals(2.5, rowLabelled("Thay đổi so với năm trước").getCell(1).getNumericCellValue());
        assertEquals(2, (int) rowLabelled("Xếp hạng năm trước").getCell(1).getNumericCellValue());
        assertEquals("[$-42A]0\"/3\"", rowLabelled("Xếp hạng năm trước").getCell(1).getCellStyle().getDataFormatString());
        assertEquals(1, (int) rowLabelled("Thay đổi thứ hạng").getCell(1).getNumericCellValue());
        assertEquals(12.5, rowLabelled("Điểm chưa đạt").getCell(1).getNumericCellValue());
        assertEquals("bản công bố", rowLabelled("Nguồn số liệu").getCell(1).getStringCellValue());
        assertTrue(summary.getRow(1).getCell(0).getStringCellValue().contains("Dữ liệu: bản công bố · "),
                summary.getRow(1).getCell(0).getStringCellValue());
    }

    @Test
    void aPageThatDoesNotReconcileAddsUpToItsHeadlineInIndexPoints() throws Exception {
        try (XSSFWorkbook sttt = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(Fixture.data(), Fixture.STTTT_2022, out))) {
            XSSFSheet page = sttt.getSheet("Tóm tắt");
            assertEquals(12.87, labelled(page, 0, "Điểm chưa đạt").getCell(1).getNumericCellValue(), 1e-9);
            Row first = page.getRow(labelled(page, 0, "Mã").getRowNum() + 1);
            Row second = page.getRow(first.getRowNum() + 1);
            Row difference = labelled(page, 1, "Chênh lệch với số công bố");
            Row total = labelled(page, 1, "Tổng (bằng điểm chưa đạt của chỉ số)");
            assertEquals(List.of(5.0, 11.54, -3.67, 12.87), Stream.of(first, second, difference, total)
                    .map(row -> Math.round(row.getCell(7).getNumericCellValue() * 100) / 100.0).toList());
            assertEquals(total.getCell(7).getNumericCellValue(), first.getCell(7).getNumericCellValue()
                    + second.getCell(7).getNumericCellValue() + difference.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals("Điểm chưa đạt (điểm chỉ số)", page.getRow(first.getRowNum() - 1).getCell(7)
                    .getStringCellValue());
            Row movement = labelled(page, 0, "Thay đổi thứ hạng");
            assertEquals("năm trước 19/19", movement.getCell(1).getStringCellValue());
            assertEquals("bản công bố — " + Fixture.DECISION,
                    labelled(page, 0, "Nguồn số liệu").getCell(1).getStringCellValue());
            Row year2021 = page.getRow(labelled(page, 0, "Năm").getRowNum() + 1);
            assertEquals(2021, (int) year2021.getCell(0).getNumericCellValue());
            assertEquals("91.80 (suy ra)", new DataFormatter().formatCellValue(year2021.getCell(1)));
            String header = page.getRow(1).getCell(0).getStringCellValue();
            assertTrue(header.contains("Dữ liệu: bản công bố và số liệu suy ra"), header);
            String note = page.getRow(2).getCell(0).getStringCellValue();
            assertTrue(note.contains("\"suy ra\"") && note.contains("suy từ mức giảm 4,67"), note);
        }
    }

    @Test
    void papiIsShownOnItsOwnScaleWithItsPublishedRankAndItsSourceMarked() throws Exception {
        try (XSSFWorkbook papi = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(Fixture.data(), Fixture.PAPI_2021, out))) {
            XSSFSheet page = papi.getSheet("Tóm tắt");
            DataFormatter shown = new DataFormatter();
            // POI's DataFormatter takes a quoted "/80" after decimals for a fraction; Excel and LibreOffice do not
            assertEquals("[$-42A]0.00\"/80\"", labelled(page, 0, "Chỉ số").getCell(1).getCellStyle().getDataFormatString());
            assertEquals(43.85, labelled(page, 0, "Chỉ số").getCell(1).getNumericCellValue());
            assertEquals("40/63 (công bố)", shown.formatCellValue(labelled(page, 0, "Xếp hạng").getCell(1)));
            assertEquals(36.15, labelled(page, 0, "Điểm chưa đạt").getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("nguồn không chính thức — PAPI 2021, bộ dữ liệu tổng hợp",
                    labelled(page, 0, "Nguồn số liệu").getCell(1).getStringCellValue());
            assertTrue(page.getRow(1).getCell(0).getStringCellValue()
                    .contains("Dữ liệu: số liệu từ nguồn không chính thức"));
            assertFalse(page.getRow(1).getCell(0).getStringCellValue().contains("bản công bố"));
            assertTrue(page.getRow(0).getCell(0).getStringCellValue().startsWith("Lào Cai — Chỉ số PAPI năm 2021"));
        }
    }

    @Test
    void aChartOfOneYearGetsAnAxisAroundItsValue() throws Exception {
        try (XSSFWorkbook papi = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(Fixture.data(), Fixture.PAPI_2021, out))) {
            var axes = papi.getSheet("Tóm tắt").getDrawingPatriarch().getCharts().get(0).getAxes();
            var valueAxis = axes.stream().filter(axis -> axis instanceof XDDFValueAxis && axis.getPosition() == AxisPosition.LEFT)
                    .findFirst().orElseThrow();
            assertEquals(30.0, valueAxis.getMinimum());
            assertEquals(60.0, valueAxis.getMaximum());
        }
    }

    @Test
    void trendIsANativeLineChartOverTheYearCells() {
        Row header = rowLabelled("Năm");
        int first = header.getRowNum() + 1;
        assertEquals(2023, (int) summary.getRow(first).getCell(0).getNumericCellValue());
        assertEquals(85.0, summary.getRow(first).getCell(1).getNumericCellValue());
        assertEquals(87.5, summary.getRow(first + 1).getCell(1).getNumericCellValue());
        XDDFChartData lines = onlyChartData(summary);
        // years on a value axis (an XY chart), not categories: 2015 and 2018 would stand three years apart
        assertTrue(lines instanceof XDDFScatterChartData, lines.getClass().getName());
        XDDFValueAxis years = summary.getDrawingPatriarch().getCharts().get(0).getAxes().stream()
                .filter(a -> a instanceof XDDFValueAxis && a.getPosition() == AxisPosition.BOTTOM)
                .map(XDDFValueAxis.class::cast).findFirst().orElseThrow();
        assertEquals(List.of(2023.0, 2024.0, 1.0, "[$-42A]0"), List.of(years.getMinimum(), years.getMaximum(),
                years.getMajorUnit(), years.getNumberFormat()), "whole years from the first to the last");
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
        assertEquals(List.of("2", 3.0, 3.0, 75.0), List.of(firstDriver.getCell(0).getStringCellValue(),
                firstDriver.getCell(2).getNumericCellValue(), firstDriver.getCell(3).getNumericCellValue(),
                firstDriver.getCell(4).getNumericCellValue()));
        Row ahead = rowLabelled("Mục tiêu kế hoạch năm 2025 (lập từ kết quả năm 2024)");
        assertEquals("Không có mục tiêu kế hoạch năm 2025.", summary.getRow(ahead.getRowNum() + 1).getCell(0)
                .getStringCellValue());
        Row firstTarget = summary.getRow(rowLabelled("Mục tiêu kế hoạch năm 2024 và kết quả năm 2024").getRowNum() + 2);
        assertEquals("TOTAL", firstTarget.getCell(0).getStringCellValue());
        assertEquals("Xếp hạng không thấp hơn", firstTarget.getCell(1).getStringCellValue());
        assertEquals("Đạt", firstTarget.getCell(5).getStringCellValue());
        Row rankImprove = summary.getRow(firstTarget.getRowNum() + 1);
        assertEquals("Tăng bậc xếp hạng", rankImprove.getCell(1).getStringCellValue());
        assertEquals(1, (int) rankImprove.getCell(2).getNumericCellValue());
        assertEquals("[$-42A]0", rankImprove.getCell(2).getCellStyle().getDataFormatString());
    }

    /**
     * The plan made from 2024's result is for 2025: T-F's briefing of 2024 shows that plan's target (pending: 2025 is
     * not scored), under a label that names its year; T-F's plan of 2024 had no target, so no second table.
     */
    @Test
    void theBriefingOfAResultYearShowsThePlanTargetsOfTheYearAfter() throws Exception {
        try (XSSFWorkbook plans = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(PlanFixture.data(), PlanFixture.FORMULA_2024, out))) {
            XSSFSheet sheet = plans.getSheet("Tóm tắt");
            Row label = labelled(sheet, 0, "Mục tiêu kế hoạch năm 2025 (lập từ kết quả năm 2024)");
            Row target = sheet.getRow(label.getRowNum() + 2);
            assertEquals("2", target.getCell(0).getStringCellValue());
            assertEquals(vn.parindex.marts.TargetKind.label("max"), target.getCell(1).getStringCellValue());
            assertEquals(vn.parindex.marts.TargetStatus.label("pending"), target.getCell(5).getStringCellValue());
            for (Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertFalse(cell.getStringCellValue().startsWith("Không có mục tiêu"), cell.getStringCellValue());
                        assertFalse(cell.getStringCellValue().startsWith("Mục tiêu kế hoạch năm 2024"),
                                "no 2024 targets, no table of them");
                    }
                }
            }
        }
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
