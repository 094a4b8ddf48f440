package vn.parindex.dashboard.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.PlanFixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/**
 * What a planner reads on the quality, unit and plan pages says what it means once, in Vietnamese: a plan's unread
 * deadline with what to do about it, a heading not repeated.
 */
class PlannerWordsTest {
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        TestWarehouse w = new TestWarehouse(warehouse);
        w.issue("warning," + PlanFixtures.PLAN_2023 + ",9,deadline,deadline_not_understood,\"deadline 'Sau khi có"
                + " hướng dẫn' is not one the plan grammar reads (Thường xuyên, N lần/năm, …): the task is kept with"
                + " no due date (status deadline_unknown unless done)\",\"reported, value kept as published\"");
        Fixtures.planner(w, "snap-words");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /** The text of the page without tags, entities decoded, white space collapsed. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
    }

    /** The row of the quality page's issue table that names the file and line. */
    private static String issueRow(String html, String file, int line) {
        Matcher rows = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (rows.find()) {
            String row = text(rows.group(1));
            if (row.contains(file + " " + line + " ")) {
                return row;
            }
        }
        throw new AssertionError("no row of " + file + ":" + line + " in " + text(html));
    }

    @Test
    void aPlansUnreadDeadlineReadsInVietnameseWithWhatThePlannerDoes() throws Exception {
        String html = page("/quality");
        String deadline = issueRow(html, PlanFixtures.PLAN_2023, 9);
        assertTrue(deadline.contains("Không đọc được thời hạn của nhiệm vụ: “Sau khi có hướng dẫn”"), deadline);
        assertTrue(deadline.contains("Giữ nhiệm vụ, chưa có hạn") && deadline.contains("Người lập kế hoạch: ghi lại"
                + " thời hạn theo cách đọc được, ví dụ 30/6/2024"), deadline);
        assertFalse(deadline.contains("công bố"), "a plan's deadline is no published value: " + deadline);
        String published = issueRow(html, "scores/lao-cai/2022.csv", 12);
        assertTrue(published.contains("Ghi nhận, giữ giá trị công bố"), "a results file's warning: " + published);
    }

    @Test
    void theUnitPageNamesWhereItLosesPointsOnce() throws Exception {
        String text = text(page("/unit/LCI-STTTT?index=PAR&year=2022"));
        assertEquals(1, text.split("Nơi mất điểm nhiều nhất", -1).length - 1, text);
    }
}
