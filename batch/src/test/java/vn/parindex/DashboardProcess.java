package vn.parindex;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard as a planner starts it, {@code ./parindex serve --warehouse W --port P}, in a process of its own (the
 * launcher builds the dashboard module first when its sources changed; the dashboard has no Spark on its classpath,
 * so it cannot share this JVM), and a plain HTTP client for it.
 */
final class DashboardProcess implements AutoCloseable {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    private static final Duration START = Duration.ofMinutes(6);

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DashboardProcess(Path warehouse, Path log) throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        this.log = log;
        process = new ProcessBuilder(HOME.resolve("parindex").toString(), "serve", "--warehouse",
                warehouse.toString(), "--port", Integer.toString(port)).directory(HOME.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("./parindex serve ended (" + process.exitValue() + "): " + log());
            }
            try {
                if (get("/api/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet (still building or starting)
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("the dashboard did not answer within " + START + ": " + log());
            }
            Thread.sleep(500);
        }
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    byte[] bytes(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build();
    }

    private String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        // the launcher execs the JVM, so the process is the dashboard itself
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
