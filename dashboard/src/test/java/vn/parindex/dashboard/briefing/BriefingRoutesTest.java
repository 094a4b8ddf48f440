package vn.parindex.dashboard.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** The Excel downloads over real HTTP, opened back with POI. */
class BriefingRoutesTest {
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.standard(warehouse, "snap-briefings");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static XSSFWorkbook download(String path, String expectedFile) throws Exception {
        HttpResponse<byte[]> response = server.bytes(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(BriefingRoutes.XLSX, response.headers().firstValue("Content-Type").orElse(""));
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertEquals("attachment; filename=\"" + expectedFile + "\"", disposition);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    /** Whether some string cell of the workbook holds the text (alone or in a headline). */
    private static boolean holdsText(XSSFWorkbook workbook, String text) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula in a briefing");
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void theProvinceBriefingOfARankingTable() throws Exception {
        try (XSSFWorkbook workbook = download("/briefings/province.xlsx?province=L%C3%A0o%20Cai&year=2024",
                "lao-cai_department_PAR_2024.xlsx")) {
            assertTrue(workbook.getNumberOfSheets() >= 5);
            assertTrue(holdsText(workbook, Fixtures.EVIL_NAME), "the unit name, markup and all, stays text");
            assertTrue(workbook.getSheetAt(0).getDrawingPatriarch().getCharts().size() >= 1);
            // the ranking sheet: the gap to the leader under the page's header, from the snapshot's unit_year rows
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertEquals("Kém đơn vị dẫn đầu", summary.getRow(3).getCell(3).getStringCellValue());
            assertEquals(java.util.List.of(0.0, 4.0, 11.0), java.util.stream.IntStream.rangeClosed(4, 6)
                    .mapToObj(r -> summary.getRow(r).getCell(3).getNumericCellValue()).toList());
            assertEquals(null, summary.getRow(7).getCell(3), "the unranked unit has no gap");
        }
    }

    @Test
    void aUnitBriefingForAnyYearOnDemand() throws Exception {
        try (XSSFWorkbook workbook = download("/briefings/unit/LCI-STP.xlsx?index=PAR&year=2023",
                "LCI-STP_PAR_2023.xlsx")) {
            assertTrue(holdsText(workbook, "Sở Tài chính"));
        }
    }

    @Test
    void theComparisonExport() throws Exception {
        try (XSSFWorkbook workbook = download("/briefings/compare.xlsx?unit=LCI-STP&unit=LCI-EVIL&index=PAR",
                "so-sanh_don-vi-chon_PAR.xlsx")) {
            assertTrue(holdsText(workbook, "Sở Tài chính"));
            assertTrue(holdsText(workbook, Fixtures.EVIL_NAME));
        }
    }

    /** Units named with their province; a merged unit and its predecessor one line, the merger marked. */
    @Test
    void theComparisonJoinsAMergedUnitWithItsPredecessor() throws Exception {
        try (XSSFWorkbook workbook = download(
                "/briefings/compare.xlsx?unit=LCI-NEW&unit=LCI-OLD&unit=LCI-STP&index=PAR&highlight=LCI-STP",
                "so-sanh_don-vi-chon_PAR.xlsx")) {
            Sheet values = workbook.getSheet("So sánh chỉ số");
            Row header = values.getRow(3);
            assertEquals("Sở Mới (Lào Cai) — hợp nhất 2024", header.getCell(1).getStringCellValue());
            assertEquals("Sở Tài chính (Lào Cai)", header.getCell(2).getStringCellValue());
            assertEquals(70.0, values.getRow(4).getCell(1).getNumericCellValue(), "2023: the predecessor's value");
            assertEquals(75.0, values.getRow(5).getCell(1).getNumericCellValue());
            assertTrue(holdsText(workbook, "Sở Mới (Lào Cai): hợp nhất năm 2024 từ Sở Cũ (Lào Cai)"));
            assertEquals(2, workbook.getSheet("So sánh chỉ số").getDrawingPatriarch().getCharts().get(0)
                    .getChartSeries().get(0).getSeriesCount());
        }
    }

    @Test
    void unknownChoicesAre404AndMalformedOnes400() throws Exception {
        assertEquals(404, server.bytes("/briefings/unit/NOPE.xlsx?year=2024").statusCode());
        assertEquals(404, server.bytes("/briefings/unit/LCI-STP.xlsx?year=2019").statusCode());
        assertEquals(404, server.bytes("/briefings/province.xlsx?province=Nowhere&year=2024").statusCode());
        assertEquals(400, server.bytes("/briefings/unit/LCI-STP.xlsx?year=abc").statusCode());
        assertEquals(400, server.bytes("/briefings/province.xlsx?province=L%C3%A0o%20Cai&year=abc").statusCode());
    }

    @Test
    void theViewsOfferTheDownloads() throws Exception {
        assertTrue(server.get("/ranking?province=L%C3%A0o%20Cai&year=2024").body()
                .contains("/briefings/province.xlsx?province="));
        assertTrue(server.get("/unit/LCI-STP?year=2024").body().contains("/briefings/unit/LCI-STP.xlsx?index=PAR&amp;year=2024"));
        assertTrue(server.get("/compare?type=TAICHINH").body().contains("/briefings/compare.xlsx?type=TAICHINH"));
    }
}
