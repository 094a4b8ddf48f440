package vn.parindex.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** Charts as PNG and SVG, cached with a strong ETag. */
class ChartRoutesTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};
    @TempDir
    static Path warehouse;
    private static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.standard(warehouse, "snap-charts");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rankingChartIsAPng() throws Exception {
        HttpResponse<byte[]> png = server.bytes("/charts/ranking/xep-hang.png?province=L%C3%A0o%20Cai&year=2024");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        byte[] start = new byte[4];
        System.arraycopy(png.body(), 0, start, 0, 4);
        assertArrayEquals(PNG_SIGNATURE, start);
    }

    @Test
    void unitChartIsAnSvgWithTheNameEscaped() throws Exception {
        HttpResponse<byte[]> svg = server.bytes("/charts/unit/LCI-EVIL/chi-so.svg?year=2024");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        String text = new String(svg.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg"));
        assertTrue(!text.contains("<script"), "unit name markup stays text in the SVG");
    }

    @Test
    void secondRequestIsA304WithTheSameEtag() throws Exception {
        String path = "/charts/province/phan-bo.png?province=L%C3%A0o%20Cai";
        HttpResponse<byte[]> first = server.bytes(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertTrue(first.headers().firstValue("Cache-Control").isPresent());
        HttpResponse<byte[]> again = server.bytes(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, server.bytes(path).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void unknownChartsAndFormatsAre404() throws Exception {
        assertEquals(404, server.bytes("/charts/ranking/nope.png").statusCode());
        assertEquals(404, server.bytes("/charts/ranking/xep-hang.gif").statusCode());
        assertEquals(404, server.bytes("/charts/unit/NOPE/chi-so.png").statusCode());
        assertEquals(400, server.bytes("/charts/ranking/xep-hang.png?year=x").statusCode());
    }
}
