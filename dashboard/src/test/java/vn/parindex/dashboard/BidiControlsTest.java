package vn.parindex.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.HiddenCharacters;

/**
 * A right-to-left override (U+202E) or another bidi control in a unit's name would reorder what the pages show
 * around it: the one rule is that displayed text never carries one. Checked on a page, the API, a CSV download and a
 * workbook download of a real server; the quality message shows it written out.
 */
class BidiControlsTest {
    private static final String RLO_NAME = "Sở \u202ETư pháp\u202C \u2067(mới)\u2069\u200F";
    private static final String SHOWN = "Sở Tư pháp (mới)";
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        TestWarehouse w = new TestWarehouse(warehouse);
        Fixtures.unitYear(w, Fixtures.LAO_CAI, 2024, "LCI-RLO", RLO_NAME, "TUPHAP", 86.0, 1, 2, null, null, true, 0.0);
        Fixtures.unitYear(w, Fixtures.LAO_CAI, 2024, "LCI-STP", "Sở Tài chính", "TAICHINH", 82.0, 2, 2, null, null,
                true, 4.0);
        w.issue("error,scores/a.csv,2,unit,unknown_unit,unknown unit 'LCI-SNV\\u202e' in Lào Cai,file quarantined");
        w.publish("snap-bidi");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertNoBidiControl(String what, String text) {
        assertTrue(text.codePoints().noneMatch(HiddenCharacters::isBidiControl), "a bidi control in " + what);
    }

    @Test
    void theRankingPageItsCsvAndTheApiShowTheNameWithoutBidiControls() throws Exception {
        HttpResponse<String> page = server.get("/ranking?province=L%C3%A0o%20Cai&year=2024");
        assertEquals(200, page.statusCode());
        assertNoBidiControl("the ranking page", page.body());
        assertTrue(page.body().contains(SHOWN), page.body());

        Matcher csv = Pattern.compile("href=\"(/csv/ranking/[^\"]+)\"").matcher(page.body());
        assertTrue(csv.find(), "the ranking table downloads as CSV");
        HttpResponse<String> download = server.get(csv.group(1).replace("&amp;", "&"));
        assertEquals(200, download.statusCode(), csv.group(1));
        assertNoBidiControl("the CSV download", download.body());
        assertTrue(download.body().contains(SHOWN), download.body());

        HttpResponse<String> api = server.get("/api/rankings?province=L%C3%A0o%20Cai&year=2024");
        assertEquals(200, api.statusCode());
        assertNoBidiControl("the API", api.body());
        assertTrue(api.body().contains(SHOWN) && !api.body().contains("\\u202"), api.body());

        HttpResponse<String> unit = server.get("/unit/LCI-RLO?year=2024");
        assertEquals(200, unit.statusCode());
        assertNoBidiControl("the unit page", unit.body());
    }

    @Test
    void theProvinceWorkbookShowsTheNameWithoutBidiControls() throws Exception {
        HttpResponse<byte[]> download = server.bytes("/briefings/province.xlsx?province=L%C3%A0o%20Cai&year=2024");
        assertEquals(200, download.statusCode());
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        assertNoBidiControl("the workbook", text.toString());
        assertTrue(text.toString().contains(SHOWN), text.toString());
    }

    @Test
    void theQualityPageShowsTheMessageWithItsControlWrittenOut() throws Exception {
        HttpResponse<String> page = server.get("/quality");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("LCI-SNV\\u202e"), page.body());
    }
}
