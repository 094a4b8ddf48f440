package vn.parindex.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** Every page, table and chart reachable from / answers 200, and no page lets the data's markup through. */
class CrawlTest {
    private static final int LIMIT = 400;
    @TempDir
    static Path warehouse;
    static Server server;

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
        Crawler.Result crawl = Crawler.crawl(server, LIMIT);
        assertTrue(crawl.pages() >= 10, "crawled only " + crawl.pages() + " pages");
        Set<String> seen = crawl.seen();
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/unit/LCI-EVIL")), "the markup unit is linked");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/charts/unit/")), "unit charts are linked");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/csv/quality/")), "quality tables are downloadable");
        assertTrue(seen.stream().anyMatch(p -> p.startsWith("/compare?type=TUPHAP")), "comparison is linked");
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
