package vn.parindex.dashboard.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.web.Crawler;

/** Issue 8 over real HTTP: every figure a planner reads means what it says. */
class PlannerPagesTest {
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.planner(warehouse, "snap-planner");
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

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text of the page without tags, entities decoded, white space collapsed. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
    }

    @Test
    void nationalTableShowsPublishedRanksOfItsRealSize() throws Exception {
        String y2024 = text(page("/ranking?province=" + q("Việt Nam") + "&tier=province&year=2024"));
        assertTrue(y2024.contains("11/63 (công bố)"), y2024);
        assertTrue(y2024.contains("63/63 (công bố)"), "Bắc Kạn last of 63");
        assertTrue(y2024.contains("30/63 (công bố)"), "the RANK-only row keeps its rank");
        assertTrue(y2024.contains("bảng xếp hạng có 63 tỉnh, thành phố; dữ liệu có 3"), y2024);
        assertTrue(y2024.contains("▲ 3"), "same-size tables move");
        String y2025 = text(page("/ranking?province=" + q("Việt Nam") + "&tier=province&year=2025"));
        assertTrue(y2025.contains("5/34 (công bố)") && y2025.contains("bảng xếp hạng có 34"), y2025);
        assertTrue(y2025.contains("năm trước 11/63"), "no arrow between a table of 63 and one of 34");
        assertFalse(y2025.contains("▲") || y2025.contains("▼"), y2025);
    }

    @Test
    void theGapToTheLeaderIsShownWhereverTheRankingIs() throws Exception {
        String tuyenQuang = "/ranking?province=" + q("Tuyên Quang") + "&year=2024";
        String html = page(tuyenQuang);
        assertTrue(text(html).contains("Xếp hạng Đơn vị Chỉ số Kém đơn vị dẫn đầu Điểm chưa đạt"), text(html));
        assertTrue(html.contains("<td class=\"num\" data-provenance=\"third_party\">9,50 <span class=\"prov"),
                "in index points with a decimal comma, marked with the row's provenance as its value is");
        List<String> csv = List.of(server.get("/csv/ranking/xep-hang.csv?province=" + q("Tuyên Quang") + "&year=2024")
                .body().replace("\uFEFF", "").split("\r\n"));
        assertTrue(csv.get(0).startsWith("Xếp hạng,Đơn vị,Chỉ số,Kém đơn vị dẫn đầu,Điểm chưa đạt,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("1,Sở số 1,91.00,0.00,9.00,"), "the leader: " + csv.get(1));
        assertTrue(csv.stream().anyMatch(r -> r.startsWith("11,Sở Thông tin và Truyền thông,81.50,9.50,18.50,")), csv.toString());
        List<String> national = List.of(server.get("/csv/ranking/xep-hang.csv?province=" + q("Việt Nam")
                + "&tier=province&year=2024").body().split("\r\n"));
        assertTrue(national.stream().anyMatch(r -> r.startsWith("11,UBND tỉnh Lào Cai,88.50,,11.50,")),
                "a partial table: blank, " + national);

        String stttt = text(page("/unit/LCI-STTTT?index=PAR&year=2022"));
        assertTrue(stttt.contains("xếp thứ 11/19 · kém đơn vị dẫn đầu 7,33 điểm ·"), stttt);
        assertTrue(text(page("/unit/TQU-D01?year=2024")).contains("xếp thứ 1/19 · dẫn đầu ·"));
        String partial = text(page("/unit/VN-LCI?index=PAR&year=2024"));
        assertTrue(partial.contains("xếp thứ 11/63 (công bố) ·") && !partial.contains("kém đơn vị dẫn đầu")
                && !partial.contains("· dẫn đầu"), "nothing for a partial table: " + partial);
        String history = server.get("/csv/unit/LCI-STTTT/dien-bien.csv?index=PAR&year=2022").body();
        assertTrue(history.contains("Chỉ số,Xếp hạng,Kém đơn vị dẫn đầu,") && history.contains(",11,7.33,"), history);
    }

    @Test
    void provincePickerNeverLeadsToA404() throws Exception {
        for (String province : new String[]{"Việt Nam", "Lào Cai", "Tuyên Quang", "Hà Giang"}) {
            page("/ranking?province=" + q(province));
            page("/province?province=" + q(province));
        }
        assertTrue(text(page("/ranking?province=" + q("Việt Nam"))).contains("UBND cấp tỉnh"));
    }

    @Test
    void shrinkingTableShowsLastYearsRankInsteadOfAnArrow() throws Exception {
        String html = text(page("/ranking?province=" + q("Tuyên Quang") + "&year=2025"));
        assertTrue(html.contains("năm trước 1/19"), html);
        assertFalse(html.contains("▲") || html.contains("▼"), "19 → 15 units: no movement");
    }

    @Test
    void laoCaiTtttt2022AddsUp() throws Exception {
        String html = page("/unit/LCI-STTTT?index=PAR&year=2022");
        String text = text(html);
        assertTrue(text.contains("Sở Thông tin và Truyền thông (Lào Cai) — PAR năm 2022"), "province in the H1");
        assertTrue(text.contains("87,13 (−4,67 so với năm trước)"), text);
        assertTrue(text.contains("xếp thứ 11/19"), text);
        assertTrue(text.contains("83,46 (100,15/120,00 điểm)"), "recomputed value beside the published one");
        // domain losses in index points: 16,54 = 100 − 83,46, then −3,67, together the headline's 12,87
        String losses = section(html, "diem-chua-dat-linh-vuc.csv");
        double sum = 0;
        Matcher row = Pattern.compile("<tr[^>]*><td>(\\d?)</td><td[^>]*>([^<]*)</td>(?:<td[^>]*>[^<]*</td>){2}"
                + "<td class=\"num\">(−?[\\d,]+)</td>").matcher(losses);
        int domains = 0;
        while (row.find()) {
            double value = Double.parseDouble(row.group(3).replace("−", "-").replace(",", "."));
            if (!row.group(1).isEmpty()) {
                domains++;
                sum += value;
            } else {
                assertEquals("Chênh lệch với số công bố", row.group(2));
                assertEquals(-3.67, value, 1e-9);
            }
        }
        assertEquals(9, domains, losses);
        assertEquals(16.54, sum, 1e-6);
        assertTrue(text(losses).contains("Tổng điểm chưa đạt 12,87"), text(losses));
        assertTrue(text.contains("từ 91,80 đến 87,13"), "the waterfall goes from last year's headline to this one's");
    }

    /**
     * LCI-STTTT 2022 is published, its 2021 derived with synthetic domains: the charts drawing 2021 are tagged
     * [minh họa], every change on 2021 and 2021's attainment carry their mark, and a target judged on a synthetic
     * result says so.
     */
    @Test
    void figuresOnTheYearBeforeAndVerdictsOnSyntheticResultsCarryTheirProvenance() throws Exception {
        String html = page("/unit/LCI-STTTT?index=PAR&year=2022");
        List<String> captions = new java.util.ArrayList<>();
        Matcher caption = Pattern.compile("<figcaption>([^<]*)").matcher(html);
        while (caption.find()) {
            captions.add(caption.group(1));
        }
        for (String chart : List.of("Tỷ lệ đạt theo lĩnh vực, năm nay và năm trước", "Thay đổi chỉ số từ năm trước")) {
            assertTrue(captions.stream().anyMatch(c -> c.startsWith(chart) && c.contains("[minh họa]")),
                    chart + " in " + captions);
        }
        String components = section(html, "/linh-vuc.csv");
        Matcher changes = Pattern.compile("<td class=\"num(?: up| down)?\" data-provenance=\"synthetic\">[+\\-−]")
                .matcher(components);
        int marked = 0;
        while (changes.find()) {
            marked++;
        }
        assertTrue(marked >= 9, "the domains' changes on synthetic 2021 scores are marked: " + marked);
        String history = section(html, "dien-bien.csv");
        assertTrue(Pattern.compile("data-provenance=\"derived\">[\\-−]4,67").matcher(history).find(),
                "2022's change on a derived 2021: " + history);
        String plan = section(page("/plan/LCI-STTTT?index=PAR&year=2022"), "nhiem-vu-va-ket-qua.csv");
        assertTrue(Pattern.compile("<td class=\"num\" data-provenance=\"synthetic\">[\\d,]+ <span class=\"prov")
                .matcher(plan).find(), "2021's attainment is synthetic: " + plan);
        String targets = section(html, "muc-tieu.csv");
        assertTrue(Pattern.compile("<td class=\"status-met\" data-provenance=\"synthetic\">Đạt").matcher(targets)
                .find(), "judged on synthetic 2023 results: " + targets);
    }

    @Test
    void waterfallCsvAndChartRender() throws Exception {
        HttpResponse<byte[]> png = server.bytes("/charts/unit/LCI-STTTT/thay-doi.png?index=PAR&year=2022");
        assertEquals(200, png.statusCode());
        assertEquals(200, server.bytes("/charts/unit/LCI-STTTT/diem-chua-dat-linh-vuc.svg?index=PAR&year=2022")
                .statusCode());
        String csv = server.get("/csv/unit/LCI-STTTT/diem-chua-dat-linh-vuc.csv?index=PAR&year=2022").body();
        assertTrue(csv.contains("Chênh lệch với số công bố,,,-3.67"), csv);
        assertTrue(csv.contains("Tổng điểm chưa đạt,,,12.87"), csv);
    }

    @Test
    void papiKeepsItsScale() throws Exception {
        String withDimensions = text(page("/unit/VN-LCI?index=PAPI&year=2024"));
        assertTrue(withDimensions.contains("43,85/80"), withDimensions);
        assertTrue(withDimensions.contains("điểm PAPI"), "domain losses stay in PAPI points");
        assertTrue(withDimensions.contains("Tổng điểm chưa đạt 36,15"), withDimensions);
        String totalOnly = text(page("/unit/VN-LCI?index=PAPI&year=2023"));
        assertTrue(totalOnly.contains("42,50/80"), totalOnly);
        assertTrue(totalOnly.contains("chỉ có tổng điểm hoặc thứ hạng công bố"), totalOnly);
        assertTrue(text(page("/ranking?province=" + q("Việt Nam") + "&tier=province&index=PAPI&year=2024"))
                .contains("40,10/80"));
    }

    @Test
    void everyFigureThatIsNotPublishedIsMarkedAndLabelled() throws Exception {
        String ranking = page("/ranking?province=" + q("Tuyên Quang") + "&year=2024");
        assertLabelled(ranking);
        assertTrue(ranking.contains("data-provenance=\"synthetic\"") && ranking.contains("số liệu minh họa"));
        assertTrue(ranking.contains("data-provenance=\"third_party\"") && ranking.contains("nguồn không chính thức"));
        // the third-party source is a link, escaped
        assertTrue(ranking.contains("href=\"https://example.org/par?nam=2024&amp;tinh=Tuy%C3%AAn%20Quang\" class=\"source\""),
                "a web source is a link");
        String national = page("/ranking?province=" + q("Việt Nam") + "&tier=province&year=2024");
        assertLabelled(national);
        assertFalse(national.contains("href=\"javascript:"), "only http(s) sources become links");
        assertTrue(national.contains("title=\"javascript:alert(&quot;&lt;b&gt;1&lt;/b&gt;&quot;)\""), "escaped tooltip");
        String unit = page("/unit/LCI-STTTT?index=PAR&year=2021");
        assertLabelled(unit);
        assertTrue(unit.contains("data-provenance=\"derived\"") && unit.contains("suy ra"), "derived 91,80");
        assertTrue(unit.contains("title=\"Suy ra từ báo cáo năm 2022"), "its source as a tooltip");
        assertLabelled(page("/compare?type=TTTT"));
        assertLabelled(page("/unit/TQU-KHCN"));
        String noLink = page("/unit/TQU-KHCN");
        assertFalse(noLink.contains("class=\"source\""), "a source that is no web address is not a link");
    }

    /** Every element marked synthetic, derived or third-party shows its label. */
    private static void assertLabelled(String html) {
        Matcher marked = Pattern.compile("<(td|tr|dd)[^>]*data-provenance=\"(\\w+)\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        int count = 0;
        while (marked.find()) {
            count++;
            String label = switch (marked.group(2)) {
                case "synthetic" -> "số liệu minh họa";
                case "derived" -> "suy ra";
                default -> "nguồn không chính thức";
            };
            assertTrue(marked.group(3).contains(label), marked.group());
        }
        assertTrue(count > 0, "some figure is marked");
    }

    @Test
    void qualityCountsProvenanceAndSpeaksVietnamese() throws Exception {
        String html = page("/quality");
        String text = text(html);
        assertTrue(text.matches(".*số liệu minh họa synthetic \\d+ .*"), text);
        assertTrue(text.contains("Tổng điểm công bố không khớp với điểm tính lại từ điểm thành phần"), text);
        assertTrue(text.contains("Nguồn gốc số liệu (provenance) không hợp lệ"), "bad_provenance in Vietnamese");
        assertTrue(text.contains("Vấn đề dữ liệu (quy tắc brand_new_rule)"), "an unknown rule still reads Vietnamese");
        assertTrue(text.contains("83,46") && text.contains("87,13") && text.contains("+3,67"), "recomputed beside published");
        assertFalse(text.contains("file quarantined"), "actions in Vietnamese");
        String csv = server.get("/csv/quality/nguon-goc.csv").body();
        assertTrue(csv.contains("synthetic,"), csv);
    }

    @Test
    void unitIdsAndProvincesMatchWithoutCaseOrMarks() throws Exception {
        String unit = text(page("/unit/lci-stttt?year=2022"));
        assertTrue(unit.contains("có phải bạn muốn tìm LCI-STTTT"), unit);
        String province = text(page("/ranking?province=Lao%20Cai&year=2024"));
        assertTrue(province.contains("có phải bạn muốn tìm Lào Cai"), province);
        assertTrue(province.contains("Xếp hạng PAR — Lào Cai — năm 2024"));
    }

    @Test
    void mergedUnitsLaterYearsLeadToTheSuccessor() throws Exception {
        HttpResponse<String> gone = server.get("/unit/TQU-STTTT?year=2025");
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("href=\"/unit/TQU-KHCN?index=PAR&amp;year=2025\""), gone.body());
        HttpResponse<String> noYear = server.get("/unit/LCI-STTTT?year=2019");
        assertEquals(404, noYear.statusCode());
        assertTrue(noYear.body().contains("href=\"/unit/LCI-STTTT?index=PAR&amp;year=2021\"")
                && noYear.body().contains("href=\"/unit/LCI-STTTT?index=PAR&amp;year=2022\""), "the years that exist");
    }

    @Test
    void searchFindsUnitsByNameShortNameOrIdAnywhere() throws Exception {
        assertTrue(page("/").contains("action=\"/search\""), "a search box on every page");
        String results = page("/search?q=" + q("so tt&tt"));
        assertTrue(results.contains("/unit/LCI-STTTT") && results.contains("/unit/TQU-STTTT"), results);
        assertTrue(page("/search?q=" + q("thong tin truyen thong")).contains("Hà Giang"));
        assertTrue(text(page("/search?q=zzzz")).contains("Không tìm thấy đơn vị nào"));
        assertTrue(page("/search?q=lao%20cai").contains("/ranking?province=L%C3%A0o%20Cai"));
        String across = page("/search?q=" + q("tttt lao cai"));
        assertTrue(across.contains("/unit/LCI-STTTT") && !across.contains("/unit/TQU-STTTT"),
                "each word may match another text: the id and the province");
        assertEquals(400, server.get("/search?q=" + "x".repeat(300)).statusCode());
    }

    @Test
    void theYearsThatExistAreShownWithTheirGapsAndAMissingYearLinksThem() throws Exception {
        assertTrue(text(page("/")).contains("Việt Nam UBND cấp tỉnh PAR 2021, 2023–2025 Năm 2025"), text(page("/")));
        for (String view : new String[]{"ranking", "province"}) {
            HttpResponse<String> missing = server.get("/" + view + "?province=" + q("Việt Nam") + "&tier=province&year=2022");
            assertEquals(404, missing.statusCode());
            assertTrue(text(missing.body()).contains("không có dữ liệu PAR cấp UBND cấp tỉnh của Việt Nam năm 2022."),
                    missing.body());
            for (int year : new int[]{2021, 2023, 2024, 2025}) {
                assertTrue(missing.body().contains("<a href=\"/" + view + "?province=Vi%E1%BB%87t%20Nam&amp;tier=province"
                        + "&amp;index=PAR&amp;year=" + year + "\">" + year + "</a>"), view + " links " + year + ": " + missing.body());
            }
        }
        HttpResponse<String> api = server.get("/api/rankings?province=" + q("Việt Nam") + "&tier=province&year=2022");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("các năm có dữ liệu: 2021, 2023–2025"), api.body());
    }

    @Test
    void searchOpensTheMainIndexAndOffersTheOthers() throws Exception {
        // BKN-STP has PAR and SIPAS results of 2024: its name opens PAR, the SIPAS column its SIPAS page
        String html = page("/search?q=" + q("tu phap bac kan"));
        assertTrue(html.contains("<td><a href=\"/unit/BKN-STP?index=PAR\">Sở Tư pháp</a>"), html);
        assertTrue(html.contains("href=\"/unit/BKN-STP?index=SIPAS\">2024</a>"), html);
        assertTrue(text(html).contains("PAR (năm gần nhất) SIPAS (năm gần nhất)"), "a column per index");
        // the province unit has PAR and PAPI of 2024: PAR is its main index
        String bacKan = page("/search?q=" + q("ubnd bac kan"));
        assertTrue(bacKan.contains("<td><a href=\"/unit/VN-BKN?index=PAR\">UBND tỉnh Bắc Kạn</a>")
                && bacKan.contains("href=\"/unit/VN-BKN?index=PAPI\">2024</a>"), bacKan);
        // the CSV has the latest year of each index
        List<String> csv = List.of(server.get("/csv/search/don-vi.csv?q=" + q("tu phap bac kan")).body()
                .replace("\uFEFF", "").split("\r\n"));
        assertEquals(List.of("Đơn vị,Tỉnh,Cấp,Loại,PAR (năm gần nhất),SIPAS (năm gần nhất)",
                "Sở Tư pháp,Bắc Kạn,\"Sở, ban, ngành\",TUPHAP,2024,2024"), csv);
        // and the unit page offers its other index
        String unit = page("/unit/BKN-STP");
        assertTrue(unit.contains("<a href=\"/unit/BKN-STP?index=PAR\" class=\"chip current\" aria-current=\"page\">PAR</a>")
                && unit.contains("<a href=\"/unit/BKN-STP?index=SIPAS\" class=\"chip\">SIPAS</a>"), unit);
    }

    @Test
    void comparisonNamesProvincesJoinsMergersAndGreysTheMany() throws Exception {
        String html = text(page("/compare?type=TTTT"));
        assertTrue(html.contains("Sở Thông tin và Truyền thông (Lào Cai)"), html);
        assertTrue(html.contains("Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ (Tuyên Quang), sáp nhập 2025"),
                "the merged unit and its predecessor are one line");
        assertTrue(html.contains("màu xám"), "more than 8 lines: the rest grey");
        String chosen = text(page("/compare?type=TTTT&unit=LCI-STTTT"));
        assertTrue(chosen.contains("các đơn vị đã chọn được tô màu") && chosen.contains("bỏ chọn"), chosen);
        assertEquals(200, server.bytes("/charts/compare/chi-so.png?type=TTTT&unit=LCI-STTTT").statusCode());
        // domains matched by name: 2021's "8. Điều tra xã hội học" and 2022's "9. Điều tra xã hội học" are one column
        String years = page("/compare?unit=LCI-STTTT&year=2022");
        assertTrue(years.contains("<th scope=\"col\">Điều tra xã hội học</th>"), years);
    }

    @Test
    void countsAndRanksAreWholeNumbers() throws Exception {
        String home = text(page("/"));
        assertFalse(home.matches(".*\\b\\d+,00\\b.*"), "no count shows decimals: " + home);
        String quality = text(page("/quality"));
        assertFalse(quality.matches(".*Số dòng.*unit_year \\d+,00.*"), quality);
    }

    @Test
    void apiRowsCarryTheNewColumns() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(server.get("/api/rankings?province=" + q("Việt Nam")
                + "&tier=province&year=2025").body());
        JsonNode lci = rows.get(0);
        assertEquals("VN-LCI", lci.get("unit_id").asText());
        assertEquals(34, lci.get("rank_of").asInt());
        assertEquals("published", lci.get("rank_basis").asText());
        assertEquals(63, lci.get("prev_rank_of").asInt());
        assertTrue(lci.get("rank_change").isNull());
        assertEquals("published", lci.get("provenance").asText());
        assertEquals(26, lci.size());
        assertTrue(lci.get("gap_to_best").isNull(), "a partial table: its leader may not be in the input");
        JsonNode components = new ObjectMapper().readTree(server.get("/api/units/LCI-STTTT/components?year=2021").body());
        assertEquals("synthetic", components.get(0).get("provenance").asText());
    }

    @Test
    void oneValueChartsGetASaneAxis() throws Exception {
        assertEquals(200, server.bytes("/charts/unit/TQU-KHCN/chi-so.svg").statusCode());
        assertEquals(200, server.bytes("/charts/unit/TQU-KHCN/thu-hang.png").statusCode());
    }

    @Test
    void printStylesheetGivesAnA4PageWithoutNavigation() throws Exception {
        String css = server.get("/static/app.css").body();
        assertTrue(css.contains("@media print") && css.contains("size: A4"), css);
        assertTrue(css.matches("(?s).*@media print.*figure\\.chart \\{ break-inside: avoid.*"), "charts not split");
    }

    @Test
    void everyPageChartTableAndWorkbookReachableAnswers200() throws Exception {
        Crawler.Result crawl = Crawler.crawl(server, 700);
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/ranking?province=Vi%E1%BB%87t%20Nam")),
                "the national table is reachable");
        assertTrue(crawl.seen().stream().anyMatch(p -> p.startsWith("/unit/VN-TQU")), "RANK-only units are reachable");
    }

    private static String section(String html, String csvName) {
        int link = html.indexOf(csvName);
        assertTrue(link > 0, csvName);
        int start = html.lastIndexOf("<section", link);
        return html.substring(start, html.indexOf("</section>", link));
    }
}
