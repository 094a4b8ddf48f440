package vn.parindex.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.dashboard.TestWarehouse;

/**
 * The same snapshot written unpartitioned (one part file per mart) and partitioned by province (Spark's layout)
 * answers every page, table, chart and API call with the same bytes.
 */
class LayoutEquivalenceTest {
    private static final int LIMIT = 250;

    @TempDir
    Path flat;
    @TempDir
    Path partitioned;

    @Test
    void bothLayoutsAnswerTheSame() throws Exception {
        Fixtures.planner(new TestWarehouse(flat), "snap-same");
        Fixtures.planner(new TestWarehouse(partitioned).partitioned(), "snap-same");
        try (Server one = new Server(flat); Server other = new Server(partitioned)) {
            List<String> paths = new ArrayList<>(Crawler.crawl(one, LIMIT).seen());
            paths.addAll(Crawler.crawl(one, "/plan/LCI-STTTT?index=PAR&year=2022", 60).seen());
            String laoCai = URLEncoder.encode(Fixtures.LAO_CAI, StandardCharsets.UTF_8);
            paths.addAll(List.of("/api/rankings?province=" + laoCai + "&year=2024&index=PAR",
                    "/api/units/LCI-EVIL/history?index=PAR", "/api/units/LCI-EVIL/components?year=2024&index=PAR",
                    "/api/units/LCI-STTTT/goals?year=2022&index=PAR", "/api/tasks?province=" + laoCai,
                    "/unit/BKN-STP?year=2024", "/province?province=" + laoCai + "&year=2024"));
            int compared = 0;
            for (String path : paths) {
                HttpResponse<byte[]> a = one.bytes(path);
                HttpResponse<byte[]> b = other.bytes(path);
                assertEquals(a.statusCode(), b.statusCode(), path);
                String type = a.headers().firstValue("Content-Type").orElse("");
                // workbooks carry their creation time, SVG a per-drawing id prefix (the same chart's PNG is compared)
                if (!type.startsWith("application/vnd.openxmlformats") && !type.startsWith("image/svg")) {
                    assertArrayEquals(a.body(), b.body(), path);
                    compared++;
                }
            }
            assertTrue(compared > 100, "compared only " + compared + " answers");
        }
    }
}
