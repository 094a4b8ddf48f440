package vn.parindex.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** Every page, table and chart reachable from / answers 200, and no page lets the data's markup through. */
class CrawlTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");
    private static final int LIMIT = 400;
    @TempDir
    static Path warehouse;
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.standard(warehouse, "snap-crawl");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everythingReachableFromTheStartPageAnswers200Escaped() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(Set.of("/"));
        int pages = 0;
        while (!queue.isEmpty() && seen.size() < LIMIT) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = server.get(path);
            assertEquals(200, response.statusCode(), path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                pages++;
                assertEscaped(path, response.body());
                Matcher links = LINK.matcher(response.body());
                while (links.find()) {
                    queue.add(links.group(1).replace("&amp;", "&"));
                }
            } else {
                assertTrue(type.startsWith("image/") || type.startsWith("text/csv") || type.startsWith("text/css")
                        || type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"),
                        path + " is " + type);
            }
        }
        assertTrue(pages >= 10, "crawled only " + pages + " pages");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/unit/LCI-EVIL")), "the markup unit is linked");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/charts/unit/")), "unit charts are linked");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/csv/quality/")), "quality tables are downloadable");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/compare?type=TUPHAP")), "comparison is linked");
    }

    private static void assertEscaped(String path, String html) {
        assertFalse(html.contains("<script"), path + " has a script element");
        assertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<img src=x"),
                path + " lets data markup through");
    }

    @Test
    void markupUnitPageShowsTheNameEscaped() throws Exception {
        HttpResponse<String> page = server.get("/unit/LCI-EVIL?year=2024");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Sở &quot;Tư pháp&quot; &amp; &#39;Co&#39;"));
        assertTrue(page.body().contains("Chờ kết quả") && page.body().contains("Chưa đạt"), "targets shown");
    }

    @Test
    void pagesCarrySecurityHeadersAndUtf8() throws Exception {
        HttpResponse<String> page = server.get("/ranking?province=L%C3%A0o%20Cai&year=2024");
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(page.body().contains("▲") || page.body().contains("="), "rank movement shown");
        assertTrue(page.body().contains("không khớp"), "the unreconciled unit is flagged");
    }

    @Test
    void pageErrorsAreVietnamesePages() throws Exception {
        HttpResponse<String> unknown = server.get("/ranking?province=H%C3%A0%20N%E1%BB%99i");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Không tìm thấy"));
        HttpResponse<String> bad = server.get("/ranking?year=abc");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Yêu cầu không hợp lệ"));
        assertEquals(404, server.get("/no/such/page").statusCode());
        assertEquals(404, server.get("/unit/NOPE").statusCode());
        assertEquals(404, server.get("/compare?type=NOPE").statusCode());
    }

    @Test
    void tablesDownloadAsCsv() throws Exception {
        HttpResponse<String> csv = server.get("/csv/ranking/xep-hang.csv?province=L%C3%A0o%20Cai&year=2024");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals(5, lines.length, "header and four units");
        assertTrue(lines[1].contains("\"<script>alert(\"\"x\"\")</script> Sở \"\"Tư pháp\"\" & 'Co'\""), lines[1]);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    }
}
