package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.Merger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.briefings.WorkbookAssertions.assertNoFormulas;
import static vn.parindex.briefings.WorkbookAssertions.assertTableSheet;
import static vn.parindex.briefings.WorkbookAssertions.assertTwoDecimals;
import static vn.parindex.briefings.WorkbookAssertions.assertValidSheetNames;
import static vn.parindex.briefings.WorkbookAssertions.assertWrittenAsQuotedText;
import static vn.parindex.briefings.WorkbookAssertions.onlyChartData;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterSer;

class ComparisonExportTest {
    private static final ComparisonRequest REQUEST = new ComparisonRequest(Fixture.INDEX,
            List.of("T-NV", "T-F"), List.of(2024, 2023));
    private static final String TEST_PROVINCE = " (" + Fixture.PROVINCE + ")";
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws Exception {
        workbook = WorkbookAssertions.writeAndOpen(out -> Briefings.writeComparison(Fixture.data(), REQUEST, out));
    }

    private static List<String> texts(Row row, int... columns) {
        return IntStream.of(columns).mapToObj(column -> row.getCell(column).getStringCellValue()).toList();
    }

    @Test
    void unitsByYearsHoldValueAndRankOutOfEachNamedWithItsProvince() {
        XSSFSheet sheet = workbook.getSheet("So sánh chỉ số");
        assertEquals(List.of("Năm", "Sở Nội vụ" + TEST_PROVINCE, Fixture.FORMULA_NAME + TEST_PROVINCE,
                "Xếp hạng — Sở Nội vụ" + TEST_PROVINCE, "Nguồn số liệu"), texts(sheet.getRow(3), 0, 1, 2, 3, 5));
        Row y2023 = sheet.getRow(4);
        assertEquals(2023, (int) y2023.getCell(0).getNumericCellValue());
        assertEquals(85.0, y2023.getCell(1).getNumericCellValue());
        assertEquals(86.0, y2023.getCell(2).getNumericCellValue());
        assertTwoDecimals(y2023.getCell(2));
        assertEquals(1, (int) y2023.getCell(4).getNumericCellValue());
        assertEquals("[$-42A]0\"/3\"", y2023.getCell(4).getCellStyle().getDataFormatString());
        assertEquals(80.25, sheet.getRow(5).getCell(2).getNumericCellValue());
        assertNull(y2023.getCell(5), "all published: nothing marked");
        assertTableSheet(sheet, 3);
    }

    @Test
    void lineChartHasOneSeriesPerUnitNamedByItsHeaderCell() {
        XDDFChartData lines = onlyChartData(workbook.getSheet("So sánh chỉ số"));
        assertEquals(2, lines.getSeriesCount());
        assertEquals("'So sánh chỉ số'!$A$5:$A$6", lines.getSeries(1).getCategoryData().getDataRangeReference());
        assertEquals("'So sánh chỉ số'!$B$5:$B$6", lines.getSeries(0).getValuesData().getDataRangeReference());
        assertEquals("'So sánh chỉ số'!$C$5:$C$6", lines.getSeries(1).getValuesData().getDataRangeReference());
        List<CTScatterSer> series = lineSeries(workbook.getSheet("So sánh chỉ số"));
        assertEquals("Sở Nội vụ" + TEST_PROVINCE, series.get(0).getTx().getStrRef().getStrCache().getPtArray(0).getV());
    }

    @Test
    void domainSheetMatchesDomainsByNameInAttainment() {
        XSSFSheet domains = workbook.getSheet("Mức đạt theo lĩnh vực");
        assertEquals(3 + 2 * 2, domains.getLastRowNum());
        assertEquals(List.of("Đơn vị", "Tỉnh", "Năm", "Đơn vị được chấm", Fixture.DOMAIN_1 + " — Mức đạt (%)",
                Fixture.DOMAIN_2 + " — Mức đạt (%)", "Nguồn số liệu"), texts(domains.getRow(3), 0, 1, 2, 3, 4, 5, 6));
        Row first = domains.getRow(4);
        assertEquals(List.of("Sở Nội vụ" + TEST_PROVINCE, Fixture.PROVINCE), texts(first, 0, 1));
        assertEquals(2023, (int) first.getCell(2).getNumericCellValue());
        assertEquals(80.0, first.getCell(4).getNumericCellValue());
        assertTableSheet(domains, 3);
        assertValidSheetNames(workbook);
        assertNoFormulas(workbook);
        assertWrittenAsQuotedText(workbook, Fixture.FORMULA_NAME + TEST_PROVINCE);
    }

    @Test
    void aMergedUnitAndItsPredecessorsAreOneMarkedLine() throws Exception {
        List<UnitResult> units = new ArrayList<>(Fixture.units());
        units.add(new UnitRow(Fixture.PROVINCE, Fixture.TIER, Fixture.INDEX, "T-HN", "Sở Hợp nhất", 2025)
                .value(88.0).rank(1, 2, "computed").build());
        List<ItemResult> items = new ArrayList<>(Fixture.items());
        // the merged unit's tree numbers the domains the other way round, and writes one name in capitals
        items.add(new ItemResult("T-HN", Fixture.INDEX, 2025, "2", 1, Fixture.DOMAIN_1.toUpperCase(), 10.0, 9.5,
                null, 0.5, 95.0, null, null, 1, 2, "published"));
        BriefingData data = new BriefingData(Fixture.SNAPSHOT, units, items, List.of(), List.of(), List.of(),
                List.of(new Merger("T-F", "T-HN", 2024), new Merger("T-M", "T-HN", 2024)));
        ComparisonRequest request = new ComparisonRequest(Fixture.INDEX, List.of("T-HN", "T-F", "T-NV"),
                List.of(2023, 2024, 2025));
        try (XSSFWorkbook merged = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeComparison(data, request, out))) {
            XSSFSheet sheet = merged.getSheet("So sánh chỉ số");
            String line = "Sở Hợp nhất" + TEST_PROVINCE + " — hợp nhất 2025";
            assertEquals(List.of("Năm", line, "Sở Nội vụ" + TEST_PROVINCE), texts(sheet.getRow(3), 0, 1, 2));
            assertEquals(2, onlyChartData(sheet).getSeriesCount(), "T-F is drawn within the merged line");
            List<Double> values = Stream.of(4, 5, 6).map(row -> sheet.getRow(row).getCell(1).getNumericCellValue())
                    .toList();
            assertEquals(List.of(78.0, 80.25, 88.0), values, "before the merger: the mean of the predecessors");
            assertEquals("[$-42A]0.00\" (minh họa)\"", sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString(),
                    "a mean over a synthetic predecessor is marked");
            assertTrue(sheet.getRow(4).getCell(5).getStringCellValue().startsWith(line + ": số liệu minh họa"));
            assertTrue(WorkbookAssertions.findText(merged, line.replace(" — hợp nhất 2025", "")
                    + ": hợp nhất năm 2025 từ " + Fixture.FORMULA_NAME + TEST_PROVINCE + ", " + Fixture.MARKUP_NAME
                    + TEST_PROVINCE + "; các năm trước đó là trung bình của các đơn vị này").size() == 1);
            XSSFSheet domains = merged.getSheet("Mức đạt theo lĩnh vực");
            assertEquals(Fixture.DOMAIN_1 + " — Mức đạt (%)", domains.getRow(3).getCell(4).getStringCellValue());
            assertEquals("Nguồn số liệu", domains.getRow(3).getCell(6).getStringCellValue(), "two domains, by name");
            Row lastOfMerged = domains.getRow(3 + 5);
            assertEquals(List.of(line, "Sở Hợp nhất" + TEST_PROVINCE), texts(lastOfMerged, 0, 3));
            assertEquals(95.0, lastOfMerged.getCell(4).getNumericCellValue());
            assertEquals(List.of(line, Fixture.MARKUP_NAME + TEST_PROVINCE), texts(domains.getRow(5), 0, 3));
            assertEquals("số liệu minh họa", domains.getRow(5).getCell(6).getStringCellValue());
        }
    }

    @Test
    void beyondEightLinesOnlyTheChosenOnesKeepAColour() throws Exception {
        List<UnitResult> units = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add("U" + i);
            for (int year : new int[] {2023, 2024}) {
                units.add(new UnitRow("Tỉnh " + i, Fixture.TIER, Fixture.INDEX, "U" + i, "Sở Nội vụ", year)
                        .value(70.0 + i + year - 2023).rank(1, 1, "computed").build());
            }
        }
        BriefingData data = new BriefingData(Fixture.SNAPSHOT, units, List.of(), List.of(), List.of(), List.of());
        ComparisonRequest request = new ComparisonRequest(Fixture.INDEX, ids, List.of(2023, 2024),
                List.of("U3", "U7"));
        try (XSSFWorkbook many = WorkbookAssertions.writeAndOpen(out -> Briefings.writeComparison(data, request,
                out))) {
            List<CTScatterSer> series = lineSeries(many.getSheet("So sánh chỉ số"));
            assertEquals(10, series.size());
            List<String> coloured = series.stream().filter(one -> !one.getSpPr().xmlText().contains("BFBFBF"))
                    .map(one -> one.getTx().getStrRef().getStrCache().getPtArray(0).getV()).toList();
            assertEquals(List.of("Sở Nội vụ (Tỉnh 3)", "Sở Nội vụ (Tỉnh 7)"), coloured);
            assertEquals("Sở Nội vụ (Tỉnh 7)", series.get(9).getTx().getStrRef().getStrCache().getPtArray(0).getV(),
                    "the chosen lines are drawn last, over the grey ones");
        }
    }

    @Test
    void aComparisonOfOneValueGetsASaneAxis() throws Exception {
        ComparisonRequest one = new ComparisonRequest(Fixture.INDEX, List.of("T-NV"), List.of(2024));
        try (XSSFWorkbook single = WorkbookAssertions.writeAndOpen(out -> Briefings.writeComparison(Fixture.data(),
                one, out))) {
            var axis = single.getSheet("So sánh chỉ số").getDrawingPatriarch().getCharts().get(0).getAxes().stream()
                    .filter(a -> a instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis
                            && a.getPosition() == org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT).findFirst()
                    .orElseThrow();
            assertEquals(70.0, axis.getMinimum());
            assertEquals(100.0, axis.getMaximum());
        }
    }

    private static List<CTScatterSer> lineSeries(XSSFSheet sheet) {
        return List.of(sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getScatterChartArray(0)
                .getSerArray());
    }
}
