package vn.parindex.dashboard;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import vn.parindex.dashboard.chart.ChartRenderer;
import vn.parindex.dashboard.snapshot.SnapshotLoader;
import vn.parindex.dashboard.snapshot.SnapshotSource;

/** The dashboard on a free port over a warehouse, and a client for it (real HTTP, no mocks). */
public final class Server implements AutoCloseable {
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Server(Path warehouse) {
        app = new DashboardApp(new SnapshotSource(warehouse, new SnapshotLoader()), new ChartRenderer()).create()
                .start("127.0.0.1", 0);
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** @param pathAndQuery sent as written (already encoded where it must be) */
    public HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    /** The status of a request sent byte for byte, for targets an HTTP client would refuse or normalise. */
    public int rawStatus(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
