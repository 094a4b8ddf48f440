package vn.parindex.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;
import vn.parindex.marts.Marts;

/** A snapshot published before unit_year had gap_to_best: read as blank everywhere the gap is shown, never an error. */
class OlderSnapshotTest {
    private static final String LAO_CAI = "L%C3%A0o%20Cai";
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.standard(new TestWarehouse(warehouse).omit(Marts.UNIT_YEAR, "gap_to_best"), "snap-before-gap");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> ok(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }

    @Test
    void theApiRowsKeepTheColumnAsNull() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(ok("/api/rankings?province=" + LAO_CAI + "&year=2024").body());
        assertEquals(4, rows.size());
        rows.forEach(row -> {
            assertTrue(row.has("gap_to_best") && row.get("gap_to_best").isNull(), row.toString());
            assertEquals(26, row.size(), "every column of the contract, the missing one as null");
        });
        assertEquals(86.0, rows.get(0).get("official_value").asDouble(), "the rest reads as before");
    }

    @Test
    void thePagesAndTheirDownloadsShowNoGap() throws Exception {
        String csv = ok("/csv/ranking/xep-hang.csv?province=" + LAO_CAI + "&year=2024").body();
        assertTrue(csv.contains("Chỉ số,Kém đơn vị dẫn đầu,Điểm chưa đạt") && csv.contains("\r\n2,Sở Tài chính,82.00,,18.00,"),
                csv);
        String unit = ok("/unit/LCI-STP?index=PAR&year=2024").body();
        assertTrue(unit.contains("xếp thứ 2/3"), unit);
        assertFalse(unit.contains("kém đơn vị dẫn đầu") || unit.contains("· dẫn đầu"), "no phrase without a gap");
        HttpResponse<byte[]> workbook = server.bytes("/briefings/province.xlsx?province=" + LAO_CAI + "&year=2024");
        assertEquals(200, workbook.statusCode());
        try (XSSFWorkbook opened = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet summary = opened.getSheet("Tổng hợp");
            assertEquals("Kém đơn vị dẫn đầu", summary.getRow(3).getCell(3).getStringCellValue());
            for (int row : List.of(4, 5, 6)) {
                assertNull(summary.getRow(row).getCell(3), "row " + row);
                assertTrue(summary.getRow(row).getCell(2).getNumericCellValue() > 0, "the value is still there");
            }
        }
    }
}
