package vn.parindex.dashboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.marts.TaskStatus;

/**
 * One status colour map: for every task status, the dashboard (the stylesheet it serves, the task cells of a unit's
 * plan page, the bars and legend of the province plan page's chart by status), the task-list workbook it serves
 * (opened back with POI: the status cell's fill) and the notebooks' vocabulary.json give marts' {@link TaskStatus}
 * colours: its fill for a cell, its colour for a bar. Sở TT&amp;TT Lào Cai's plan for 2023 has a task in every status.
 */
class StatusColoursTest {
    private static final String LAO_CAI = URLEncoder.encode("Lào Cai", StandardCharsets.UTF_8).replace("+", "%20");
    private static final Path VOCABULARY = Path.of("..", "notebooks", "vocabulary.json");

    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.planner(warehouse, "snap-colours");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    @Test
    void theStylesheetColoursEveryStatusCellWithItsFillAndColour() throws Exception {
        String css = page("/static/app.css");
        String plan = page("/plan/LCI-STTTT?index=PAR&year=2022");
        for (TaskStatus status : TaskStatus.values()) {
            // every rule whose selectors name td.task-<code>
            Matcher rule = Pattern.compile("td\\.task-" + status.code() + "\\b[^{]*\\{([^}]*)}").matcher(css);
            StringBuilder rules = new StringBuilder();
            while (rule.find()) {
                rules.append(rule.group(1));
            }
            String body = rules.toString().toUpperCase(Locale.ROOT);
            assertTrue(!body.isEmpty(), "a rule for td.task-" + status.code());
            assertTrue(status.fill() == null ? !body.contains("BACKGROUND") : body.contains("BACKGROUND: #" + status.fill()),
                    status.code() + ": " + body);
            assertTrue(body.contains("#" + status.colour()), status.code() + " in its colour: " + body);
            assertTrue(plan.contains("class=\"task-" + status.code() + "\""), "a task cell of " + status.code());
        }
    }

    /** Flat bars and legend swatches: each status's colour is there pixel for pixel, whatever its count. */
    @Test
    void theProvincePlanChartDrawsEveryStatusInItsColour() throws Exception {
        String path = "/plan?province=" + LAO_CAI + "&year=2024";
        Matcher img = Pattern.compile("<img src=\"([^\"]*/charts/plan/trang-thai\\.png[^\"]*)\"").matcher(page(path));
        assertTrue(img.find(), "the chart by status on " + path);
        HttpResponse<byte[]> png = server.bytes(img.group(1).replace("&amp;", "&"));
        assertEquals(200, png.statusCode());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        Map<TaskStatus, Integer> pixels = new EnumMap<>(TaskStatus.class);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                for (TaskStatus status : TaskStatus.values()) {
                    if (rgb == Integer.parseInt(status.colour(), 16)) {
                        pixels.merge(status, 1, Integer::sum);
                    }
                }
            }
        }
        for (TaskStatus status : TaskStatus.values()) {
            assertTrue(pixels.getOrDefault(status, 0) >= 25, status.code() + " (#" + status.colour() + ") drawn: "
                    + pixels);
        }
    }

    @Test
    void theTaskListWorkbookFillsEveryStatusCellWithItsFill() throws Exception {
        HttpResponse<byte[]> response = server.bytes("/plans/LCI-STTTT/tasks.xlsx?year=2023&index=PAR");
        assertEquals(200, response.statusCode());
        Map<TaskStatus, String> fills = new EnumMap<>(TaskStatus.class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int header = -1;
            int column = -1;
            for (int r = 0; r <= 10 && column < 0; r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().equals("Trạng thái")) {
                        header = r;
                        column = c;
                    }
                }
            }
            assertTrue(column >= 0, "a Trạng thái column");
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                XSSFCell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(column);
                if (cell == null || cell.getCellType() != CellType.STRING) {
                    continue;
                }
                TaskStatus status = labelled(cell.getStringCellValue());
                XSSFColor fill = cell.getCellStyle().getFillForegroundXSSFColor();
                fills.put(status, fill == null ? null : HexFormat.of().withUpperCase().formatHex(fill.getRGB()));
            }
        }
        assertEquals(TaskStatus.values().length, fills.size(), "a task in every status: " + fills);
        for (TaskStatus status : TaskStatus.values()) {
            assertEquals(status.fill(), fills.get(status), status.code());
        }
    }

    @Test
    void theNotebooksVocabularyGivesEveryStatusItsLabelColourAndFill() throws Exception {
        assertTrue(Files.isRegularFile(VOCABULARY), VOCABULARY.toAbsolutePath().toString());
        JsonNode statuses = new ObjectMapper().readTree(VOCABULARY.toFile()).get("task_status");
        for (TaskStatus status : TaskStatus.values()) {
            JsonNode one = statuses.get(status.code());
            assertEquals(status.label(), one.get("label").asText(), status.code());
            assertEquals("#" + status.colour(), one.get("colour").asText(), status.code());
            assertEquals(status.fill() == null ? null : "#" + status.fill(), one.get("fill").isNull() ? null
                    : one.get("fill").asText(), status.code());
        }
    }

    private static TaskStatus labelled(String label) {
        for (TaskStatus status : TaskStatus.values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new AssertionError("not a status label: " + label);
    }
}
