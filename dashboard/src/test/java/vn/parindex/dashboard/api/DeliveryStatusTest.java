package vn.parindex.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;
import vn.parindex.marts.DeliveryStatus;

/**
 * The last delivery of the subscriptions' mails (WAREHOUSE/outbox/status.json, written by the nightly job) on the
 * health answer and the quality page, read on each request: a delivery after the snapshot was loaded shows at once.
 */
class DeliveryStatusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One served warehouse per test: the status file is each test's own. */
    @TempDir
    Path warehouse;

    @Test
    void withoutAnyDeliveryTheHealthIsAsTheContractSaysAndThePageSaysNothingOfMail() throws Exception {
        Fixtures.standard(warehouse, "snap-1");
        try (Server server = new Server(warehouse)) {
            JsonNode health = JSON.readTree(server.get("/api/health").body());
            assertEquals(List.of("status", "snapshot"), fieldNames(health));
            assertFalse(server.get("/quality").body().contains("Gửi thư theo đăng ký"));
        }
    }

    @Test
    void aDeliveryWrittenWhileServingWithMailsWaitingAndOneRefusedShowsOnBothAtOnce() throws Exception {
        Fixtures.standard(warehouse, "snap-1");
        try (Server server = new Server(warehouse)) {
            assertEquals(200, server.get("/api/health").statusCode()); // the snapshot is loaded before the delivery
            writeStatus();
            assertShown(server);
        }
    }

    private void writeStatus() throws Exception {
        new DeliveryStatus("2026-12-07T19:02:11Z", "snap-1", 5, 2, 4, 1, 2, 1,
                "the server smtps://mail.example.gov.vn:465 cannot take mail now: <b>Connection refused</b>",
                List.of(new DeliveryStatus.Failure("20261207T190211Z-0003", "the server refuses the recipient "
                        + "x@example.gov.vn: 550 no such user"))).write(warehouse);
    }

    private static void assertShown(Server server) throws Exception {
        JsonNode health = JSON.readTree(server.get("/api/health").body());
        assertEquals("ok", health.get("status").asText());
        assertEquals("snap-1", health.get("snapshot").asText());
        JsonNode delivery = health.get("delivery");
        assertEquals(List.of(1, 2, 1, 4), List.of(delivery.get("sent").asInt(), delivery.get("waiting").asInt(),
                delivery.get("failed").asInt(), delivery.get("composed").asInt()));
        assertTrue(delivery.get("reason").asText().contains("Connection refused"));

        String page = server.get("/quality").body();
        assertTrue(page.contains("Gửi thư theo đăng ký — lần gần nhất"), page);
        assertTrue(page.contains("2 — the server smtps://mail.example.gov.vn:465 cannot take mail now: "
                + "&lt;b&gt;Connection refused&lt;/b&gt;"), page);
        assertFalse(page.contains("<b>Connection"), "escaped");
        assertTrue(page.contains("1 — the server refuses the recipient x@example.gov.vn: 550 no such user"), page);
        assertTrue(page.contains("5 (2 dòng đăng ký bị bỏ qua vì lỗi)"), page);
    }

    @Test
    void aBrokenStatusFileIsNoDeliveryAndNeverAnError() throws Exception {
        Fixtures.standard(warehouse, "snap-1");
        writeStatus();
        java.nio.file.Files.writeString(DeliveryStatus.file(warehouse), "{not json");
        try (Server server = new Server(warehouse)) {
            assertEquals(200, server.get("/api/health").statusCode());
            assertFalse(server.get("/api/health").body().contains("delivery"));
            assertEquals(200, server.get("/quality").statusCode());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
