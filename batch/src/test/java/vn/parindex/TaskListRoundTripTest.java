package vn.parindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.cli.Options;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;

/**
 * The round trip a planner makes, end to end on the contract's example: the nightly job publishes a snapshot; the
 * dashboard (./parindex serve, real HTTP) hands out the unit's and the province's task lists; they are edited with
 * POI as a planner edits them (completion dates, notes, and one lead retyped) and dropped into a copy of the input's
 * plans/ beside the plan CSV; `validate` accepts them; the job runs again; the dashboard then shows the updated
 * statuses and notes with the same number of tasks, and the retyped lead is a warning naming both files.
 */
class TaskListRoundTripTest {
    private static final String PROVINCE = "Tỉnh Mẫu";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aDownloadedTaskListEditedAndDroppedBackUpdatesItsTasks() throws Exception {
        Path input = TestInputs.copyExampleInput(dir.resolve("first"));
        Path warehouse = dir.resolve("warehouse");
        run(input, warehouse);

        try (DashboardProcess dashboard = new DashboardProcess(warehouse, dir.resolve("dashboard.log"))) {
            JsonNode before = tasks(dashboard);
            assertEquals(10, before.size(), before.toString());
            assertEquals("due_soon", task(before, 4).get("status").asText(), "Rà soát văn bản QPPL, due 15/7/2024");
            assertEquals("overdue", task(before, 9).get("status").asText(), "Kiện toàn bộ máy, due 30/4/2024");

            byte[] unitList = dashboard.bytes("/plans/X-TP/tasks.xlsx?year=2024");
            byte[] provinceList = dashboard.bytes("/plans/tasks.xlsx?province=" + encode(PROVINCE));
            Path second = TestInputs.copyExampleInput(dir.resolve("second"));
            // The planner's edits: X-TP's review done on 12/7/2024 with a note, its model task's lead retyped; in the
            // province's list SKHCN's "Kiện toàn bộ máy" done, typed as text.
            Files.write(second.resolve("plans/X-TP_nhiem-vu.xlsx"), edit(unitList, Map.of(
                    "Rà soát văn bản QPPL", Map.of("Ngày hoàn thành", LocalDate.of(2024, 7, 12),
                            "Ghi chú", "Đã trình Giám đốc Sở ngày 12/7"),
                    "Xây dựng mô hình điểm về CCHC", Map.of("Chủ trì", "Phó Giám đốc Sở"))));
            Files.write(second.resolve("plans/tinh-mau_nhiem-vu.xlsx"), edit(provinceList, Map.of(
                    "Kiện toàn bộ máy", Map.of("Ngày hoàn thành", "25/4/2024"))));

            String validated = validate(second);
            assertTrue(validated.contains("plan_task_conflict"), validated);
            assertTrue(!validated.contains("missing_column") && !validated.contains(" error "), validated);

            run(second, warehouse);
            JsonNode after = awaitNewSnapshot(dashboard, before);

            assertEquals(before.size(), after.size(), "the same tasks, none doubled: " + after);
            assertTrue(stream(after).allMatch(t -> t.get("file").asText().equals("plans/2024.csv")), after.toString());
            assertEquals(List.of("done", "2024-07-12"), List.of(task(after, 4).get("status").asText(),
                    task(after, 4).get("done_on").asText()));
            assertEquals(List.of("done", "2024-04-25"), List.of(task(after, 9).get("status").asText(),
                    task(after, 9).get("done_on").asText()));
            for (JsonNode old : before) {
                int line = old.get("line").asInt();
                if (line != 4 && line != 9) {
                    assertEquals(old, task(after, line), "a task nobody edited is as it was");
                }
            }
            assertEquals("Giám đốc Sở", task(after, 5).get("lead").asText(), "the plan's lead is kept");

            // the 2023 results page lists the plan for 2024 task by task
            String page = dashboard.get("/plan/X-TP?year=2023").body();
            assertTrue(page.contains("Đã trình Giám đốc Sở ngày 12/7"), "the note is on the plan page");
            assertEquals(1, count(page, "Đã trình Giám đốc Sở ngày 12/7"));

            List<Map<String, String>> issues = TestInputs.readCsv(warehouse.resolve("current/extracts/quality_issues.csv"));
            List<Map<String, String>> conflicts = issues.stream()
                    .filter(i -> "plan_task_conflict".equals(i.get("rule"))).toList();
            assertEquals(1, conflicts.size(), conflicts.toString());
            Map<String, String> conflict = conflicts.get(0);
            assertEquals(List.of("warning", "plans/X-TP_nhiem-vu.xlsx", "E (Chủ trì)"), List.of(conflict.get("severity"),
                    conflict.get("file"), conflict.get("column").replaceFirst("^.*?!", "")), conflict.toString());
            assertTrue(conflict.get("message").contains("plans/2024.csv line 5, where lead is 'Giám đốc Sở'; here it is"
                    + " 'Phó Giám đốc Sở'"), conflict.get("message"));

            // Downloaded again, the list names the same rows and carries the date and the note.
            try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(
                    dashboard.bytes("/plans/X-TP/tasks.xlsx?year=2024")))) {
                Map<String, Integer> columns = columns(again.getSheetAt(0));
                Row review = rowOf(again.getSheetAt(0), columns, "Rà soát văn bản QPPL");
                assertEquals("plans/2024.csv:4", review.getCell(columns.get("Nguồn (tệp, dòng)")).getStringCellValue());
                assertEquals("Đã trình Giám đốc Sở ngày 12/7", review.getCell(columns.get("Ghi chú")).getStringCellValue());
                assertEquals(LocalDate.of(2024, 7, 12), review.getCell(columns.get("Ngày hoàn thành"))
                        .getLocalDateTimeCellValue().toLocalDate());
            }
        }
    }

    private static void run(Path input, Path warehouse) throws Exception {
        RunOutcome outcome = NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", false, TestInputs.AS_OF),
                RepositorySettings.h2In(warehouse));
        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
    }

    private static String validate(Path input) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = Main.execute(Options.parse(new String[] {"validate", "--input", input.toString()}),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(RunOutcome.OK, exit, output);
        return output;
    }

    private static JsonNode tasks(DashboardProcess dashboard) throws Exception {
        var response = dashboard.get("/api/tasks?province=" + encode(PROVINCE));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** The tasks once the dashboard has switched to the second run's snapshot (it loads it in the background). */
    private static JsonNode awaitNewSnapshot(DashboardProcess dashboard, JsonNode before) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode now = tasks(dashboard);
        while (now.equals(before) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            now = tasks(dashboard);
        }
        return now;
    }

    private static JsonNode task(JsonNode tasks, int line) {
        return stream(tasks).filter(t -> t.get("file").asText().equals("plans/2024.csv") && t.get("line").asInt() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no task at line " + line + ": " + tasks));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** Sets the named cells of the rows whose task is given, as a planner does in Excel or LibreOffice. */
    private static byte[] edit(byte[] workbook, Map<String, Map<String, Object>> edits) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            edits.forEach((task, cells) -> {
                Row row = rowOf(sheet, columns, task);
                cells.forEach((header, value) -> {
                    Cell cell = row.getCell(columns.get(header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                });
            });
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Header text to column index, from the header row (the one with "Nội dung nhiệm vụ"). */
    private static Map<String, Integer> columns(XSSFSheet sheet) {
        for (Row row : sheet) {
            Map<String, Integer> columns = new HashMap<>();
            row.forEach(cell -> columns.put(cell.toString(), cell.getColumnIndex()));
            if (columns.containsKey("Nội dung nhiệm vụ")) {
                return columns;
            }
        }
        throw new AssertionError("no header row");
    }

    private static Row rowOf(XSSFSheet sheet, Map<String, Integer> columns, String task) {
        for (Row row : sheet) {
            Cell cell = row.getCell(columns.get("Nội dung nhiệm vụ"));
            if (cell != null && task.equals(cell.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + task);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
