package vn.parindex.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/** Contract section 5 over real HTTP. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path warehouse;
    static Server server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.standard(warehouse, "snap-1");
        server = new Server(warehouse);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void healthNamesTheSnapshot() throws Exception {
        JsonNode health = json(server.get("/api/health"), 200);
        assertEquals("ok", health.get("status").asText());
        assertEquals("snap-1", health.get("snapshot").asText());
    }

    @Test
    void rankingsAreInRankOrderWithUnrankedLastAndMarkupVerbatim() throws Exception {
        JsonNode rows = json(server.get("/api/rankings?province=" + q("Lào Cai") + "&year=2024&index=PAR"), 200);
        List<String> units = new ArrayList<>();
        rows.forEach(r -> units.add(r.get("unit_id").asText()));
        assertEquals(List.of("LCI-EVIL", "LCI-STP", "LCI-NEW", "LCI-NONE"), units);
        assertEquals(Fixtures.EVIL_NAME, rows.get(0).get("unit_name").asText());
        assertEquals(86.0, rows.get(0).get("official_value").asDouble());
        assertTrue(rows.get(0).get("rank").isInt());
        assertTrue(rows.get(0).get("reconciled").isBoolean());
        assertTrue(rows.get(3).get("rank").isNull());
        assertTrue(rows.get(3).get("official_value").isNull());
        assertEquals(26, rows.get(0).size(), "every unit_year column, blanks as null");
        assertEquals("gap_to_best", List.copyOf(iterable(rows.get(0).fieldNames())).get(25), "the last column");
        assertTrue(rows.get(0).get("gap_to_best").isNumber(), "the leader's 0 is a number");
        assertEquals(0.0, rows.get(0).get("gap_to_best").asDouble());
        assertEquals(4.0, rows.get(1).get("gap_to_best").asDouble(), "86,00 − 82,00");
        assertTrue(rows.get(3).get("gap_to_best").isNull(), "unranked: null");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    @Test
    void provinceMatchesInNfdAndAnyCase() throws Exception {
        String nfd = Normalizer.normalize("Lào Cai", Normalizer.Form.NFD);
        assertEquals(4, json(server.get("/api/rankings?province=" + q(nfd) + "&year=2024"), 200).size());
        assertEquals(4, json(server.get("/api/rankings?province=" + q("LÀO CAI") + "&year=2024&tier=department"), 200).size());
    }

    @Test
    void historyHasEveryYearOfTheUnit() throws Exception {
        JsonNode rows = json(server.get("/api/units/LCI-EVIL/history?index=PAR"), 200);
        assertEquals(2, rows.size());
        assertEquals(2023, rows.get(0).get("year").asInt());
        assertEquals(2024, rows.get(1).get("year").asInt());
        assertEquals(85.25, rows.get(1).get("prev_value").asDouble());
        JsonNode second = json(server.get("/api/units/LCI-STP/history?index=PAR"), 200);
        assertEquals(List.of(4.75, 4.0), List.of(second.get(0).get("gap_to_best").asDouble(),
                second.get(1).get("gap_to_best").asDouble()), "each year's gap to that year's leader, as numbers");
        assertTrue(second.get(0).get("gap_to_best").isNumber());
    }

    @Test
    void componentsOfAUnitYear() throws Exception {
        JsonNode rows = json(server.get("/api/units/LCI-EVIL/components?year=2024&index=PAR"), 200);
        assertEquals(3, rows.size());
        assertEquals(Fixtures.EVIL_DOMAIN, rows.get(0).get("name").asText());
        assertTrue(rows.get(0).get("parent_code").isNull());
        assertEquals(23, rows.get(0).size(), "every component_year column, provenance last");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/rankings?province=L%C3%A0o%20Cai&year=20x4", "/api/rankings?province=L%C3%A0o%20Cai&year=-1",
            "/api/rankings?province=L%C3%A0o%20Cai&year=2024&index=P%40R", "/api/rankings?province=L%C3%A0o%20Cai&year=2024&tier=ministry",
            "/api/rankings?year=2024", "/api/rankings?province=L%C3%A0o%20Cai", "/api/units/LCI-EVIL/components?index=PAR",
            "/api/units/LCI-EVIL/components?year=abcd", "/api/units/LCI-EVIL/history?index=%3Cscript%3E",
            "/api/rankings?province=L%C3%A0o%20Cai&year=2024&index=PARPARPARPARPARPARPAR"})
    void malformedParametersAre400(String path) throws Exception {
        JsonNode error = json(server.get(path), 400);
        assertTrue(error.get("error").asText().length() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/rankings?province=H%C3%A0%20N%E1%BB%99i&year=2024", "/api/rankings?province=L%C3%A0o%20Cai&year=1999",
            "/api/rankings?province=L%C3%A0o%20Cai&year=2024&index=PAPI", "/api/rankings?province=L%C3%A0o%20Cai&year=2024&index=XYZ",
            "/api/rankings?province=L%C3%A0o%20Cai&year=2024&tier=district", "/api/units/NOPE/history",
            "/api/units/LCI-EVIL/history?index=SIPAS", "/api/units/LCI-EVIL/components?year=2020",
            "/api/units/NOPE/components?year=2024", "/api/nothing-here"})
    void unknownThingsAre404(String path) throws Exception {
        assertEquals(404, json(server.get(path), 404).get("status").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/rankings?province=%00&year=2024", "/api/rankings?province=%zz&year=%%",
            "/api/units/..%2F..%2Fetc%2Fpasswd/history", "/api/units/%2e%2e/%2e%2e/etc/passwd",
            "/../../etc/passwd", "/unit/..%2F..%2Fetc%2Fpasswd", "/charts/ranking/..%2F..%2Fetc%2Fpasswd.png",
            "/static/..%2F..%2Fetc%2Fpasswd", "/ranking?province=%E0%A4&year=2024", "/compare?unit=&unit=%00",
            "/ranking?year=99999999999999999999", "/csv/unit/LCI-EVIL/x.csv?year=2024"})
    void garbageIsNever5xx(String path) throws Exception {
        int status = server.rawStatus(path);
        assertTrue(status >= 400 && status < 500, path + " answered " + status);
    }

    @Test
    void veryLongParameterIs400NotACrash() throws Exception {
        int status = server.get("/api/rankings?year=2024&province=" + "x".repeat(5000)).statusCode();
        assertTrue(status == 400 || status == 414 || status == 431, "answered " + status);
    }

    @Test
    void answersAreCachedWithAnEtag() throws Exception {
        HttpResponse<String> first = server.get("/api/units/LCI-EVIL/history");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/api/units/LCI-EVIL/history", "If-None-Match", etag).statusCode());
    }

    @Test
    void onlyReads() throws Exception {
        assertEquals(405, server.send("POST", "/api/health").statusCode());
        assertEquals(405, server.send("DELETE", "/api/units/LCI-EVIL/history").statusCode());
        assertEquals(200, server.send("HEAD", "/api/health").statusCode());
    }
}
