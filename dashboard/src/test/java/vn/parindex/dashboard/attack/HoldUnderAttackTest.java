package vn.parindex.dashboard.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.DashboardApp;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.TestWarehouse;
import vn.parindex.dashboard.chart.ChartRenderer;
import vn.parindex.dashboard.snapshot.SnapshotLoader;
import vn.parindex.dashboard.snapshot.SnapshotSource;
import vn.parindex.dashboard.web.ResponseCache;

/**
 * What broke the dashboard when it was attacked: a flood of distinct URLs, a huge quality report, a snapshot too
 * big for the heap, and requests Jetty rejects itself. The 256 MB cases run a real server in its own JVM.
 */
class HoldUnderAttackTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thirtyThousandDistinctPaddedUrlsStayWithinTheCacheBudget() throws Exception {
        Fixtures.standard(dir.resolve("wh"), "snap-flood");
        ResponseCache cache = new ResponseCache(2L * 1024 * 1024);
        Javalin app = new DashboardApp(new SnapshotSource(dir.resolve("wh"), new SnapshotLoader()),
                new ChartRenderer(), cache).create().start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            String padding = "x".repeat(2048);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 30_000; i++) {
                String url = base + "/api/rankings?province=L%C3%A0o%20Cai&year=2024&index=PAR&pad=" + padding + i;
                statuses.add(pool.submit(() -> get(url).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertTrue(cache.bytes() <= 2L * 1024 * 1024, "cache holds " + cache.bytes() + " bytes");
            assertEquals(1, cache.size(), "an ignored parameter is not part of the key");
            long started = System.nanoTime();
            assertEquals(200, get(base + "/api/health").statusCode());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "health answers within 1 s");
        } finally {
            app.stop();
        }
    }

    @Test
    void distinctKeysAreCountedAgainstTheBudget() {
        ResponseCache cache = new ResponseCache(1024 * 1024, 1_000);
        String padding = "k".repeat(2048);
        for (int i = 0; i < 30_000; i++) {
            cache.get(padding + i, () -> ResponseCache.entry("{}", "application/json"));
        }
        assertTrue(cache.bytes() <= 1024 * 1024, cache.bytes() + " bytes");
        assertTrue(cache.size() <= 1_000, cache.size() + " entries");
    }

    @Test
    void jettysOwnErrorAnswersCarryTheSecurityHeaders() throws Exception {
        Fixtures.standard(dir.resolve("wh"), "snap-bad");
        Javalin app = new DashboardApp(new SnapshotSource(dir.resolve("wh"), new SnapshotLoader()),
                new ChartRenderer()).create().start("127.0.0.1", 0);
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /%zz%<script> HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.contains("X-Content-Type-Options: nosniff"), answer);
            assertTrue(answer.contains("Content-Security-Policy:"), answer);
            assertTrue(answer.contains("X-Frame-Options: DENY"), answer);
            assertTrue(!answer.contains("<script>"), "nothing echoed");
        } finally {
            app.stop();
        }
    }

    /** A million rows of a flooded file's errors, as the quality report of the snapshot. */
    private static void writeMillionRowReport(Path warehouse, String snapshot) throws IOException {
        Path report = warehouse.resolve("snapshots/" + snapshot + "/extracts/quality_issues.csv");
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("severity,file,line,column,rule,message,action\r\n");
            for (int line = 2; line <= 1_000_001; line++) {
                out.write("error,scores/flood.csv," + line + ",unit,unknown_unit,\"unknown unit 'Sở Không Có "
                        + line + "' of Lào Cai; closest known: Sở Nội vụ, Sở Tư pháp, Sở Y tế\",file quarantined\r\n");
            }
        }
    }

    /** The dashboard in its own JVM with the launcher's 256 MB heap. */
    private Process server(Path warehouse, int port) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "vn.parindex.dashboard.DashboardMain",
                "--port", String.valueOf(port), "--warehouse", warehouse.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /**
     * The nightly switch of current to a snapshot with a million-row quality report: the new snapshot is loaded in
     * the background while the old one keeps answering, /api/health within 1 s throughout (it waited 8 s and more).
     */
    @Test
    void aSwitchToASnapshotWithAMillionRowQualityReportKeepsAnsweringWithinASecond() throws Exception {
        Path warehouse = dir.resolve("wh");
        Fixtures.standard(warehouse, "snap-b");
        writeMillionRowReport(warehouse, "snap-b");
        Fixtures.standard(warehouse, "snap-a");
        int port = freePort();
        Process server = server(warehouse, port);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHealth(base, server);
            for (int i = 0; i < 5; i++) { // warm: the first answers of a fresh JVM are slow for reasons of its own
                assertTrue(get(base + "/api/health").body().contains("snap-a"));
                get(base + "/ranking?province=L%C3%A0o%20Cai&year=2024");
            }
            Path link = warehouse.resolve("current.tmp-b");
            Files.createSymbolicLink(link, Path.of("snapshots", "snap-b"));
            Files.move(link, warehouse.resolve("current"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            List<String> answers = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            int afterB = 0;
            while (afterB < 20) {
                assertTrue(System.nanoTime() < deadline, "snap-b not served within 180 s: " + answers);
                long started = System.nanoTime();
                HttpResponse<String> health = get(base + "/api/health");
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertEquals(200, health.statusCode(), health.body());
                String id = health.body().contains("snap-b") ? "b" : health.body().contains("snap-a") ? "a" : "?";
                answers.add(id + " " + millis + " ms");
                assertTrue(millis < 1000, "health took " + millis + " ms during the switch: " + answers);
                afterB += id.equals("b") ? 1 : 0;
                assertTrue(!id.equals("a") || afterB == 0, "back to the old snapshot after the new one: " + answers);
                assertTrue(!id.equals("?"), health.body());
                Thread.sleep(50);
            }
            assertTrue(answers.stream().filter(a -> a.startsWith("a ")).count() >= 3,
                    "the old snapshot answered while the new one loaded: " + answers);
            HttpResponse<String> quality = get(base + "/quality");
            assertEquals(200, quality.statusCode());
            assertTrue(quality.body().contains("1000000 vấn đề") || quality.body().contains("1.000.000"),
                    "the new snapshot's report is the one counted");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMillionRowQualityReportAndASnapshotTooBigForTheHeapDoNotStopA256MbServer() throws Exception {
        Path warehouse = dir.resolve("wh");
        TestWarehouse good = Fixtures.standard(warehouse, "snap-good");
        writeMillionRowReport(warehouse, "snap-good");
        int port = freePort();
        Process server = server(warehouse, port);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHealth(base, server);
            HttpResponse<String> quality = get(base + "/quality");
            assertEquals(200, quality.statusCode());
            assertTrue(quality.body().contains("1000000 vấn đề") || quality.body().contains("1.000.000"),
                    "the report is counted, not loaded");
            HttpResponse<String> lastPage = get(base + "/quality?page=5000");
            assertEquals(200, lastPage.statusCode());
            assertTrue(lastPage.body().contains("1000001"), "the last page is read from disk");
            assertEquals(400, get(base + "/quality?page=5001").statusCode());

            // a snapshot too big for 256 MB: the load fails with OutOfMemoryError, the good one keeps serving
            // (its unit_year mart, which start-up holds whole; the big per-province marts are read only on demand)
            TestWarehouse huge = new TestWarehouse(warehouse);
            for (int i = 0; i < 700_000; i++) {
                huge.add("unit_year", "province", "Lào Cai", "tier", "department", "year", 2023, "index", "PAR",
                        "unit_id", "U" + i, "unit_name", "Sở " + i + " " + Long.toHexString(i * 7919L).repeat(20),
                        "official_value", 1.0, "index_value", 1.0, "score_total", 1.0, "max_total", 100.0);
            }
            huge.publish("snap-huge");
            // the huge snapshot is loaded in the background: the good one answers meanwhile and after it failed
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String log = "";
            for (int i = 0; i < 5 || !log.contains("cannot load snapshot"); i++) {
                assertTrue(System.nanoTime() < deadline, "the huge snapshot neither loaded nor failed: " + log);
                HttpResponse<String> health = get(base + "/api/health");
                assertEquals(200, health.statusCode(), health.body());
                assertTrue(health.body().contains("snap-good"), health.body());
                assertEquals(200, get(base + "/ranking?province=L%C3%A0o%20Cai&year=2024").statusCode());
                Thread.sleep(100);
                log = Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
            }
            assertTrue(server.isAlive());
            assertTrue(get(base + "/api/health").body().contains("snap-good"));
            // refused from its footers before a row is read (HeapBudget), so the background load cannot starve the
            // requests; an out-of-memory error would be the last guard
            assertTrue(log.contains("cannot load snapshot") && log.contains("snap-huge")
                    && log.contains("too large for this server's heap"), "the huge snapshot is refused: " + log);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitHealth(String base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server died");
            try {
                if (get(base + "/api/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not answer within 90 s");
    }
}
