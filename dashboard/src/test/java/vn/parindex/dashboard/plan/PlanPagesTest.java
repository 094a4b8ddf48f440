package vn.parindex.dashboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.PlanFixtures;
import vn.parindex.dashboard.PlannerFixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.web.Crawler;

/** Issue 10 on the dashboard over real HTTP: the goals and tasks API and the Kế hoạch views of a unit and a province. */
class PlanPagesTest {
    private static final String UNIT_2022 = "/plan/LCI-STTTT?index=PAR&year=2022";
    private static final String CSV_2022 = "?index=PAR&year=2022";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.planner(warehouse, "snap-plan");
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

    private static JsonNode json(String path) throws Exception {
        return JSON.readTree(page(path));
    }

    private static int status(String path) throws Exception {
        return server.get(path).statusCode();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
    }

    /** The CSV's lines without the BOM and the header. */
    private static List<String> csvRows(String path) throws Exception {
        List<String> lines = new ArrayList<>(List.of(page(path).replace("\uFEFF", "").split("\r\n")));
        lines.remove(0);
        return lines;
    }

    @Test
    void goalsApiAnswersTheUnitYearsGoalGapRows() throws Exception {
        JsonNode goals = json("/api/units/LCI-STTTT/goals?year=2022&index=PAR");
        assertEquals(3, goals.size());
        List<String> columns = new ArrayList<>();
        goals.get(0).fieldNames().forEachRemaining(columns::add);
        assertEquals(List.of("province", "tier", "year", "index", "unit_id", "goal", "goal_year", "goal_rank",
                "goal_value", "official_value", "needed_index_points", "needed_item_points", "recoverable_item_points",
                "reachable"), columns);
        assertEquals("next_rank", goals.get(0).get("goal").asText());
        assertTrue(goals.get(0).get("goal_year").isNull(), "blank as null");
        assertTrue(goals.get(0).get("needed_index_points").isNumber() && goals.get(0).get("goal_rank").isInt());
        assertEquals(0.75, goals.get(0).get("needed_index_points").asDouble(), 1e-9);
        assertTrue(goals.get(0).get("reachable").isBoolean());
        assertEquals("rank_improve", goals.get(2).get("goal").asText());
        assertEquals(0, json("/api/units/LCI-STTTT/goals?year=2021").size(), "a year without goals is an empty list");
        assertEquals(400, status("/api/units/LCI-STTTT/goals"), "year is required");
        assertEquals(400, status("/api/units/LCI-STTTT/goals?year=20x2"));
        assertEquals(404, status("/api/units/NOPE/goals?year=2022"));
        assertEquals(404, status("/api/units/LCI-STTTT/goals?year=1999"));
        assertEquals(404, status("/api/units/LCI-STTTT/goals?year=2022&index=XYZ"));
    }

    @Test
    void tasksApiFiltersByUnitAndStatus() throws Exception {
        JsonNode all = json("/api/tasks?province=" + q("Lào Cai"));
        assertEquals(12, all.size());
        assertEquals("plans/lao-cai/LCI-SNV-2022.csv", all.get(0).get("file").asText(), "sorted by file and line");
        assertEquals(PlanFixtures.PLAN_2022, all.get(1).get("file").asText());
        assertEquals(3, all.get(2).get("line").asInt());
        List<String> columns = new ArrayList<>();
        all.get(0).fieldNames().forEachRemaining(columns::add);
        assertEquals(List.of("province", "unit_id", "plan_year", "index", "code", "file", "line", "task", "lead",
                "deadline", "due_dates", "next_due", "status", "done_on"), columns);
        JsonNode overdue = json("/api/tasks?province=" + q("Lào Cai") + "&unit=LCI-STTTT&status=overdue");
        assertEquals(3, overdue.size());
        overdue.forEach(t -> assertEquals("overdue", t.get("status").asText()));
        JsonNode dueSoon = json("/api/tasks?province=" + q("Lào Cai") + "&status=due_soon").get(0);
        assertEquals("2023-12-31", dueSoon.get("next_due").asText(), "dates as yyyy-mm-dd");
        assertTrue(dueSoon.get("done_on").isNull() && dueSoon.get("line").isInt());
        assertEquals(1, json("/api/tasks?province=" + q("Lào Cai") + "&unit=LCI-SNV").size());
        assertEquals(0, json("/api/tasks?province=" + q("Tuyên Quang")).size());
        assertEquals(400, status("/api/tasks"), "province is required");
        assertEquals(400, status("/api/tasks?province=" + q("Lào Cai") + "&status=late"), "an unknown status");
        JsonNode undated = json("/api/tasks?province=" + q("Lào Cai") + "&status=deadline_unknown");
        assertEquals(1, undated.size(), "the status of a deadline the batch could not read is a filter too");
        assertEquals("Sau khi có hướng dẫn", undated.get(0).get("deadline").asText());
        assertTrue(undated.get(0).get("due_dates").isNull() && undated.get(0).get("next_due").isNull());
        assertTrue(server.get("/api/tasks?province=" + q("Lào Cai") + "&status=late").body().contains("deadline_unknown"),
                "the 400 names the accepted statuses");
        assertEquals(404, status("/api/tasks?province=" + q("Hà Nội")));
        assertEquals(404, status("/api/tasks?province=" + q("Lào Cai") + "&unit=NOPE"));
        assertEquals(404, status("/api/tasks?province=" + q("Lào Cai") + "&unit=TQU-STTTT"), "a unit of another province");
    }

    @Test
    void whatItTakesShowsEachGoalWithItsChartAndProvenance() throws Exception {
        String html = page(UNIT_2022);
        String text = text(html);
        assertTrue(text.contains("Kế hoạch — Sở Thông tin và Truyền thông (Lào Cai) — PAR năm 2022"), text);
        assertTrue(text.contains("Vượt đơn vị xếp trên (hạng 10) 10 87,88 87,13 0,75 0,90 14,63 Có"), text);
        assertTrue(text.contains("Kế hoạch 2023: Xếp hạng không thấp hơn (hạng 10)"), text);
        assertTrue(text.contains("Kế hoạch 2023: Tăng bậc xếp hạng (hạng 9) 9 88,10 87,13 0,97 1,16"), text);
        assertEquals(200, server.bytes("/charts/plan/LCI-STTTT/khoang-cach.png" + CSV_2022).statusCode());
        assertEquals(200, server.bytes("/charts/plan/LCI-STTTT/khoang-cach.svg" + CSV_2022).statusCode());
        List<String> csv = csvRows("/csv/plan/LCI-STTTT/muc-tieu-can-dat.csv" + CSV_2022);
        assertEquals("Vượt đơn vị xếp trên (hạng 10),10,87.88,87.13,0.75,0.90,14.63,true,"
                + "published: Quyết định 456/QĐ-UBND tỉnh Lào Cai", csv.get(0));
        // the derived 2021 value has no goals; the unit-year's provenance goes with the figures it yields
        String derived = page("/plan/LCI-STTTT?index=PAR&year=2021");
        assertTrue(derived.contains("data-provenance=\"derived\"") && derived.contains("suy ra"));
    }

    @Test
    void lostItemsComeAssessedFirstByWhatTheyCanRegainOnNextYearsMaximaWithSurveyLast() throws Exception {
        List<String> rows = csvRows("/csv/plan/LCI-STTTT/tieu-chi-lay-lai-diem.csv" + CSV_2022);
        List<String> codes = rows.stream().map(r -> r.substring(0, r.indexOf(','))).toList();
        assertEquals(List.of("3", "1", "5", "8", "4", "7", "6", "2", "9"), codes,
                "assessed by points to regain, the one cut to its score after them, survey last");
        assertTrue(rows.get(0).contains(",4.51,15.50,4.51,3.76,4.51,"),
                "lost, 2023 maximum, item points to regain, index points (× 100/120), running total: " + rows.get(0));
        // 13 → 9 in 2023 on a score of 9: the 4 points lost in 2022 no longer exist; the running total is the goals'
        assertTrue(rows.get(7).startsWith("2,Cải cách thể chế,Thẩm định,13.00,9.00,4.00,9.00,0.00,0.00,14.63,"),
                rows.get(7));
        assertTrue(rows.get(8).startsWith("9,Điều tra xã hội học,Điều tra xã hội học — không do đơn vị tự quyết,"
                + "20.00,18.78,1.22,20.00,1.22,1.02,,"), "survey: shown, not in the running total: " + rows.get(8));
        String text = text(page(UNIT_2022));
        assertTrue(text.contains("⚠ đổi 13,00 → 9,00"), "the maximum that changes in 2023 is flagged");
        assertFalse(text.contains("Bảng mục tiêu tính"), "the table agrees with the goals: no note");
        assertTrue(text.contains("Điều tra xã hội học — không do đơn vị tự quyết"), text);
        assertTrue(text(page("/plan/LCI-STTTT?index=PAR&year=2021")).contains("⚠ đổi 12,00 → 16,00"));
        // a parent with a scored child is not counted: 1.1 is, its parent 1 is not
        List<String> evil = csvRows("/csv/plan/LCI-EVIL/tieu-chi-lay-lai-diem.csv?year=2024");
        assertEquals(List.of("1.1", "2"), evil.stream().map(r -> r.substring(0, r.indexOf(','))).sorted().toList());
    }

    /** The goal items say which items change maximum in 2023 and how that moves what can be regained. */
    @Test
    void theGoalYearsChangedMaximaAndWhatTheyMoveAreSaid() throws Exception {
        String text = text(page(UNIT_2022));
        assertTrue(text.contains("Năm 2023 điểm tối đa thay đổi ở 1 tiêu chí thẩm định: 2 “Cải cách thể chế” 13,00 → 9,00"
                + " (lấy lại được 0,00 thay vì 4,00 điểm chưa đạt)"), text);
        assertTrue(text.contains("có thể lấy lại 14,63 điểm thành phần theo bộ tiêu chí năm 2023, ít hơn 4,00 so với"
                + " 18,63 điểm chưa đạt năm 2022"), text);
    }

    @Test
    void aGoalJudgedOnATreeNotYetScoredIsTheFigureThatCountsAndTheItemTableSaysSo() throws Exception {
        String text = text(page("/plan/LCI-EVIL?year=2024"));
        assertTrue(text.contains("Năm 2025 chưa có kết quả: điểm lấy lại được là điểm chưa đạt năm 2024."), text);
        assertTrue(text.contains("Bảng mục tiêu tính 6,00 điểm thành phần có thể lấy lại ở các tiêu chí thẩm định,"
                + " theo bộ tiêu chí năm 2025") && text.contains("cộng được 2,00"), text);
        List<String> rows = csvRows("/csv/plan/LCI-EVIL/tieu-chi-lay-lai-diem.csv?year=2024");
        assertTrue(rows.get(0).startsWith("1.1,") && rows.get(0).contains(",2.00,chưa có kết quả năm 2025,2.00,"),
                rows.get(0));
    }

    @Test
    void tasksAreGroupedByDomainOverdueFirstWithFilters() throws Exception {
        String html = page(UNIT_2022);
        String text = text(html);
        assertTrue(text.contains("Nhiệm vụ kế hoạch năm 2023"), text);
        assertTrue(text.contains("Kế hoạch chung (1 nhiệm vụ)") && text.contains("3. Cải cách thủ tục hành chính (3 nhiệm vụ)"),
                text);
        assertTrue(text.contains("Quá hạn (2)") && text.contains("Sắp đến hạn (1)"), "status counts");
        List<String> domain3 = csvRows("/csv/plan/LCI-STTTT/nhiem-vu-3.csv" + CSV_2022);
        assertTrue(domain3.get(0).contains("overdue") && domain3.get(1).contains("deadline_unknown")
                && domain3.get(2).contains("ongoing"), "overdue first, then the undated task: " + domain3);
        assertTrue(text.contains("Sau khi có hướng dẫn chưa đọc được – Chưa đọc được thời hạn"),
                "its own label; its due dates not read, rather than none: " + text);
        assertTrue(html.contains("class=\"task-deadline_unknown\""), "its own colour (css class)");
        assertTrue(text.contains("Chưa đọc được thời hạn (1)"), "its filter chip");
        String undated = text(page(UNIT_2022 + "&status=deadline_unknown"));
        Matcher groups = Pattern.compile("\\(\\d+ nhiệm vụ\\)").matcher(undated);
        List<String> found = new ArrayList<>();
        while (groups.find()) {
            found.add(groups.group());
        }
        assertEquals(List.of("(1 nhiệm vụ)"), found, "only the undated task's group: " + undated);
        assertTrue(undated.contains("3. Cải cách thủ tục hành chính (1 nhiệm vụ)"), undated);
        assertTrue(domain3.get(0).contains("Quyết định <i>phê duyệt</i>") && domain3.get(0).contains("Văn phòng Sở; Thanh tra Sở"),
                "output and partners from plan_tasks");
        assertTrue(html.contains("&lt;b&gt;Rà soát&lt;/b&gt;") && !html.contains("<b>"), "task text escaped");
        List<String> monthly = csvRows("/csv/plan/LCI-STTTT/nhiem-vu-1.csv" + CSV_2022);
        assertTrue(monthly.get(0).contains("Trước ngày 20 hàng tháng,2023-01-20;"), "deadline as written and as read");
        assertTrue(text.contains("12 hạn: 20/01/2023 … 20/12/2023"), text);
        assertTrue(text.contains("Quý I/2024 31/03/2024 31/03/2024 Chưa đến hạn"), text);

        String overdue = text(page(UNIT_2022 + "&status=overdue"));
        assertTrue(overdue.contains("1. Công tác chỉ đạo") && overdue.contains("3. Cải cách thủ tục hành chính (1 nhiệm vụ)"));
        assertFalse(overdue.contains("Kế hoạch chung ("), "only overdue tasks");
        assertEquals(1, csvRows("/csv/plan/LCI-STTTT/nhiem-vu-3.csv" + CSV_2022 + "&status=overdue").size(),
                "the CSV follows the filters");
        String office = text(page(UNIT_2022 + "&lead=" + q("VĂN PHÒNG SỞ")));
        assertTrue(office.contains("Tất cả (4)"), "leads match in any case: " + office);
        assertFalse(office.contains("Phòng Bưu chính Văn phòng"), office);
        assertTrue(text(page(UNIT_2022 + "&lead=" + q("Không ai"))).contains("Không có nhiệm vụ nào khớp bộ lọc"));
        assertEquals(400, status(UNIT_2022 + "&status=late"));
        assertTrue(html.contains("<option value=\"Phòng Bưu chính\">"), "a lead picker");
    }

    @Test
    void aYearWithoutANextPlanLinksToThePlansThatExist() throws Exception {
        String html = page("/plan/LCI-SNV?index=PAR&year=2022");
        assertTrue(text(html).contains("Chưa có nhiệm vụ nào của kế hoạch năm 2023. Kế hoạch đã có: năm 2022 (từ kết quả"
                + " năm 2021)"), text(html));
        assertTrue(html.contains("href=\"/plan/LCI-SNV?index=PAR&amp;year=2021\""));
    }

    @Test
    void tasksAgainstResultsShowEachDomainsChange() throws Exception {
        List<String> rows = csvRows("/csv/plan/LCI-STTTT/nhiem-vu-va-ket-qua.csv" + CSV_2022);
        String domain3 = rows.stream().filter(r -> r.startsWith("3. Cải cách thủ tục hành chính")).findFirst().orElseThrow();
        // 2 tasks of 2022 (1 done, 1 done late), 13/14 = 92,86 % in 2021, 10,99/15,5 = 70,90 % in 2022
        assertEquals("3. Cải cách thủ tục hành chính,2,2,0,92.86,70.90,-21.95,published", domain3);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("7. Xây dựng và phát triển chính quyền điện tử, chính quyền số,1,0,1,")
                || r.startsWith("\"7. Xây dựng và phát triển chính quyền điện tử, chính quyền số\",1,0,1,")), rows.toString());
    }

    @Test
    void selfAssessedAgainstAppraisedTotalsTheOverstatement() throws Exception {
        String text = text(page(UNIT_2022));
        assertTrue(text.contains("2 tiêu chí tự chấm cao hơn điểm thẩm định, tổng cộng 1,51 điểm thành phần (1,26 điểm chỉ số)"),
                text);
        List<String> rows = csvRows("/csv/plan/LCI-STTTT/tu-cham-cao-hon.csv" + CSV_2022);
        assertTrue(rows.get(0).startsWith("1,Công tác chỉ đạo, điều hành CCHC".replace("1,C", "1,\"C"))
                || rows.get(0).startsWith("1,\"Công tác chỉ đạo, điều hành CCHC\""), rows.get(0));
        assertTrue(rows.get(0).contains(",12.50,11.50,1.00,"), rows.get(0));
    }

    @Test
    void provinceViewCountsStatusesListsOverdueAndRanksOverstatement() throws Exception {
        String path = "/plan?province=" + q("Lào Cai") + "&year=2024";
        String text = text(page(path));
        assertTrue(text.contains("2 đơn vị có 4 nhiệm vụ quá hạn."), text);
        List<String> counts = csvRows("/csv/plan/trang-thai.csv?province=" + q("Lào Cai") + "&year=2024");
        // overdue, due soon, deadline unknown, open, ongoing, done late, done
        assertTrue(counts.contains("Sở Thông tin và Truyền thông,2023,8,2,1,1,1,1,1,1"), counts.toString());
        assertTrue(text.contains("Đơn vị Năm kế hoạch Số nhiệm vụ Quá hạn Sắp đến hạn Chưa đọc được thời hạn Chưa đến hạn"),
                text);
        assertTrue(text.contains("1 nhiệm vụ chưa đọc được thời hạn"), text);
        List<String> late = csvRows("/csv/plan/qua-han.csv?province=" + q("Lào Cai") + "&year=2024");
        assertEquals(4, late.size());
        assertTrue(late.stream().anyMatch(r -> r.startsWith("Sở Nội vụ,2022,1,")), late.toString());
        // 2024: LCI-EVIL 9,50 − 8,00 on 1.1 (its parent not counted twice), the two others 1,00 each
        List<String> ranking = csvRows("/csv/plan/xep-hang-tu-cham.csv?province=" + q("Lào Cai") + "&year=2024");
        assertTrue(ranking.get(0).contains("alert") && ranking.get(0).endsWith(",1,1,1.50,1.50,published"), ranking.get(0));
        assertEquals(3, ranking.size());
        assertEquals(200, server.bytes("/charts/plan/tu-cham.png?province=" + q("Lào Cai") + "&year=2024").statusCode());
        assertEquals(200, server.bytes("/charts/plan/trang-thai.svg?province=" + q("Lào Cai") + "&year=2024").statusCode());
        assertTrue(text(page("/plan?province=" + q("Tuyên Quang"))).contains("Chưa có kế hoạch cải thiện nào"));
        assertEquals(404, status("/plan?province=" + q("Hà Nội")));
        assertEquals(400, status("/plan?province=" + q("Lào Cai") + "&year=20"));
        assertEquals(404, status("/plan/NOPE"));
        assertEquals(404, status("/plan/LCI-STTTT?year=2019"));
    }

    @Test
    void viewsLinkToEachOtherAndToTheDownloads() throws Exception {
        assertTrue(page("/unit/LCI-STTTT?index=PAR&year=2022").contains("href=\"" + UNIT_2022.replace("&", "&amp;") + "\""));
        String plan = page(UNIT_2022);
        assertTrue(plan.contains("href=\"/plans/LCI-STTTT.docx?year=2022&amp;index=PAR\""), "the draft plan");
        assertTrue(plan.contains("href=\"/plans/LCI-STTTT/tasks.xlsx?year=2023&amp;index=PAR\""),
                "the task list of the plan shown (its year is the plan year)");
        assertFalse(page("/plan/LCI-SNV?index=PAR&year=2022").contains("tasks.xlsx"), "no task list without tasks");
        assertTrue(page("/plan?province=" + q("Lào Cai")).contains(
                "href=\"/plans/tasks.xlsx?province=L%C3%A0o%20Cai&amp;index=PAR\""), "the province's task list");
        assertFalse(page("/plan?province=" + q("Tuyên Quang")).contains("tasks.xlsx"));
        assertTrue(page("/province?province=" + q("Lào Cai") + "&year=2022").contains("href=\"/plan?province="));
        assertTrue(page("/").contains("href=\"/plan\""), "Kế hoạch in the navigation");
    }

    @Test
    void everythingReachableFromTheKeHoachViewsAnswers200Escaped() throws Exception {
        Crawler.Result crawl = Crawler.crawl(server, UNIT_2022, 400);
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/csv/plan/LCI-STTTT/nhiem-vu-")), "task CSVs");
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/charts/plan/LCI-STTTT/khoang-cach.svg")));
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/plan?province=")), "the province view");
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/plan/LCI-STTTT?") && p.contains("status=overdue")),
                "the status filters are links");
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/charts/plan/tu-cham.png")));
        assertTrue(crawl.seen().contains("/plans/LCI-STTTT.docx?year=2022&index=PAR"), "the draft plan answers");
        assertTrue(crawl.seen().contains("/plans/LCI-STTTT/tasks.xlsx?year=2023&index=PAR"), "the task list answers");
    }

    @Test
    void issue8Leftovers() throws Exception {
        // rank_improve: its own label, whole ranks
        String unit = text(page("/unit/LCI-STTTT?index=PAR&year=2022"));
        assertTrue(unit.contains("2023 Tổng Tăng bậc xếp hạng 9 7 Đạt số liệu minh họa +2"), "judged on synthetic 2023 scores: " + unit);
        // the comparison export keeps the highlighted units
        assertTrue(page("/compare?type=TTTT&unit=LCI-STTTT").contains(
                "href=\"/briefings/compare.xlsx?type=TTTT&amp;unit=LCI-STTTT&amp;index=PAR&amp;highlight=LCI-STTTT\""));
        // the search finds a unit by its aliases
        String found = page("/search?q=" + q("buu chinh vien thong"));
        assertTrue(found.contains("/unit/LCI-STTTT") && !found.contains("/unit/TQU-STTTT"), found);
        assertTrue(page("/search?q=" + q("STTTT LC")).contains("/unit/LCI-STTTT"));
        // the province's losses in index points: 4,51 of 120 points is 3,76
        List<String> domains = csvRows("/csv/province/tong-hop.csv?province=" + q("Lào Cai") + "&year=2022");
        assertTrue(domains.stream().anyMatch(r -> r.startsWith("3,Cải cách thủ tục hành chính,1,") && r.contains(",3.76,3.76,")),
                domains.toString());
        String province = page("/province?province=" + q("Lào Cai") + "&year=2022");
        assertTrue(text(province).contains("Tổng điểm chưa đạt (điểm chỉ số)"), "the unit of the figures is named");
        // heatmap cells carry their provenance
        String heat = page("/province?province=" + q("Lào Cai") + "&year=2021");
        Matcher cell = Pattern.compile("<td class=\"num\" data-provenance=\"synthetic\">[^<]*<span").matcher(heat);
        assertTrue(cell.find(), "a synthetic attainment is labelled");
        assertTrue(PlannerFixtures.ALIASES.contains("|"));
    }
}
