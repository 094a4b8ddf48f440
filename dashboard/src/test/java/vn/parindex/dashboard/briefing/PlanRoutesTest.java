package vn.parindex.dashboard.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/**
 * The draft plan and the task lists over real HTTP: the standard snapshot plus goal gaps and tasks of Sở Tài chính
 * Lào Cai (a task that looks like a formula, one with a control character), opened back with POI.
 */
class PlanRoutesTest {
    static final String FORMULA_TASK = "=HYPERLINK(\"http://x\",\"y\") rà soát";
    static final String TASK = "Công khai thủ tục hành chính đúng hạn";
    private static final String LAO_CAI = "L%C3%A0o%20Cai";

    @TempDir
    static Path warehouse;
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        TestWarehouse w = Fixtures.standard(warehouse, "snap-plans-0");
        w.add("goal_gaps", "province", Fixtures.LAO_CAI, "tier", "department", "year", 2024, "index", "PAR",
                "unit_id", "LCI-STP", "goal", "next_rank", "goal_rank", 1, "goal_value", 86.0, "official_value", 82.0,
                "needed_index_points", 4.0, "needed_item_points", 4.0, "recoverable_item_points", 5.0,
                "reachable", true);
        task(w, 2025, "1", 2, TASK, "Thường xuyên", null, null, "ongoing", null);
        task(w, 2025, "2", 3, FORMULA_TASK, "30/6/2025", "2025-06-30", "2025-06-30", "due_soon", null);
        task(w, 2024, "1", 4, "Nhiệm vụ năm 2024", "30/3/2024", "2024-03-30", null, "overdue", null);
        w.add("plan_tasks", "file", "plans/lao-cai/LCI-STP.csv", "line", 2, "output", "Báo cáo\u0007 quý",
                "partners", "Các phòng");
        w.publish("snap-plans");
        server = new Server(warehouse);
    }

    private static void task(TestWarehouse w, int year, String code, int line, String text, String deadline,
                             String due, String next, String status, String doneOn) {
        w.add("task_status", "province", Fixtures.LAO_CAI, "unit_id", "LCI-STP", "plan_year", year, "index", "PAR",
                "code", code, "file", "plans/lao-cai/LCI-STP.csv", "line", line, "task", text, "lead", "Văn phòng Sở",
                "deadline", deadline, "due_dates", due, "next_due", next == null ? null : LocalDate.parse(next),
                "status", status, "done_on", doneOn == null ? null : LocalDate.parse(doneOn));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> download(String path, String type, String file) throws Exception {
        HttpResponse<byte[]> response = server.bytes(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"" + file + "\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.bytes(path, "If-None-Match", etag).statusCode(), "revalidated from the cache");
        return response;
    }

    @SuppressWarnings("resource")
    @Test
    void theDraftPlanForTheNextYear() throws Exception {
        HttpResponse<byte[]> response = download("/plans/LCI-STP.docx?year=2024&index=PAR", BriefingRoutes.DOCX,
                "du-thao-ke-hoach_LCI-STP_PAR_2025.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertTrue(text.contains("Duy trì, cải thiện và nâng cao Chỉ số CCHC năm 2025"), text);
            assertTrue(text.contains("Sở Tài chính đạt 82,00/100 điểm, xếp thứ 2/3"), text);
            assertTrue(text.contains("Vượt đơn vị xếp trên (hạng 1)"), text);
            assertTrue(text.contains("Cải cách <b>thủ tục</b> \"hành chính\""), "the domain name, markup as text");
            assertTrue(text.contains(TASK) && text.contains(FORMULA_TASK), text);
            assertTrue(text.contains("Báo cáo quý"), "output from plan_tasks, control character dropped");
            assertTrue(!text.contains("Nhiệm vụ năm 2024"), "the 2025 plan's tasks only");
        }
    }

    @Test
    void theLatestYearByDefault() throws Exception {
        assertEquals(200, download("/plans/LCI-STP.docx", BriefingRoutes.DOCX,
                "du-thao-ke-hoach_LCI-STP_PAR_2025.docx").statusCode());
    }

    @Test
    void aUnitsTaskListOfAPlanYear() throws Exception {
        HttpResponse<byte[]> response = download("/plans/LCI-STP/tasks.xlsx?year=2025&index=PAR", BriefingRoutes.XLSX,
                "nhiem-vu_LCI-STP_PAR_2025.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertEquals(5, sheet.getLastRowNum(), "two tasks under the header of row 4");
            assertEquals(TASK, sheet.getRow(4).getCell(2).getStringCellValue());
            assertEquals("Báo cáo quý", sheet.getRow(4).getCell(3).getStringCellValue());
            assertEquals(FORMULA_TASK, sheet.getRow(5).getCell(2).getStringCellValue());
            assertTrue(sheet.getRow(5).getCell(2).getCellStyle().getQuotePrefixed());
            assertEquals("Sắp đến hạn", sheet.getRow(5).getCell(9).getStringCellValue());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        }
    }

    @Test
    void aProvincesTaskList() throws Exception {
        HttpResponse<byte[]> response = download("/plans/tasks.xlsx?province=" + LAO_CAI, BriefingRoutes.XLSX,
                "nhiem-vu_lao-cai_PAR.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertEquals(6, sheet.getLastRowNum(), "three tasks");
            assertEquals("Sở Tài chính", sheet.getRow(4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theUnitBriefingHasItsPlan() throws Exception {
        HttpResponse<byte[]> response = server.bytes("/briefings/unit/LCI-STP.xlsx?index=PAR&year=2024");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet plan = workbook.getSheet("Kế hoạch");
            boolean goal = false;
            boolean task = false;
            for (var row : plan) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                goal |= first.equals("Vượt đơn vị xếp trên (hạng 1)");
                task |= first.equals("Nhiệm vụ năm 2024");
            }
            assertTrue(goal && task);
        }
    }

    @Test
    void unknownChoicesAre404AndMalformedOnes400() throws Exception {
        for (String unknown : new String[] {"/plans/NOPE.docx", "/plans/LCI-STP.docx?year=2019",
            "/plans/LCI-STP.docx?index=SIPAS", "/plans/LCI-STP.docx?index=XYZ", "/plans/LCI-STP.pdf",
            "/plans/LCI-STP/tasks.xlsx?year=2030", "/plans/NOPE/tasks.xlsx",
            "/plans/tasks.xlsx?province=Nowhere", "/plans/LCI-EVIL/tasks.xlsx"}) {
            HttpResponse<String> response = server.get(unknown);
            assertEquals(404, response.statusCode(), unknown);
        }
        for (String malformed : new String[] {"/plans/LCI-STP.docx?year=abc", "/plans/LCI-STP.docx?index=P%40R",
            "/plans/LCI-STP/tasks.xlsx?year=20x5", "/plans/tasks.xlsx", "/plans/tasks.xlsx?province=L%C3%A0o%20Cai&year=1"}) {
            assertEquals(400, server.get(malformed).statusCode(), malformed);
        }
    }
}
