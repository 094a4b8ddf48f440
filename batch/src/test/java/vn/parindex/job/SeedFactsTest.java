package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;

/** The figures of the seed documents and the real published tables come out of a run on the bundled data exactly. */
class SeedFactsTest {
    @TempDir
    static Path warehouse;
    private static RunOutcome outcome;
    private static Path extracts;

    @BeforeAll
    static void runOnTheBundledData() {
        Path bundled = Path.of("..", "data").toAbsolutePath().normalize();
        outcome = NightlyRunner.run(new RunRequest(bundled, warehouse, "local[2]", false),
                RepositorySettings.h2In(warehouse));
        extracts = warehouse.resolve("current/extracts");
    }

    private static List<Map<String, String>> extract(String name) {
        return TestInputs.readCsv(extracts.resolve(name + ".csv"));
    }

    @Test
    void theBundledDataRunsCleanly() {
        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
    }

    @Test
    void laoCaiSttttIn2022Scored8713AndRanked11Of19() {
        Map<String, String> row = TestInputs.only(extract("unit_year"), "unit_id", "LCI-STTTT", "year", "2022",
                "index", "PAR");
        assertEquals("Lào Cai", row.get("province"));
        assertEquals("87.13", row.get("official_value"));
        assertEquals("12.87", row.get("points_lost"));
        assertEquals("11", row.get("rank"));
        assertEquals("19", row.get("rank_of"));
        assertEquals("91.80", row.get("prev_value"));
        assertEquals("-4.67", row.get("delta"));
        assertEquals("100.15", row.get("score_total"));
        assertEquals("120.00", row.get("max_total"));
        assertEquals("false", row.get("reconciled"), "the nine components do not add up to the published index");
        assertEquals("87.13", row.get("reported_total"));
        assertEquals("11", row.get("reported_rank"));
    }

    @Test
    void theNineComponentScoresOf2022AreThoseOfThePlan() {
        List<Map<String, String>> components = extract("component_year").stream()
                .filter(r -> r.get("unit_id").equals("LCI-STTTT") && r.get("year").equals("2022")
                        && r.get("level").equals("1"))
                .toList();
        Map<String, String> scoreByMax = new java.util.TreeMap<>();
        components.forEach(r -> scoreByMax.merge(r.get("max_points"), r.get("score"), (a, b) -> a + "|" + b));
        assertEquals(9, components.size());
        assertEquals(List.of("10.99", "11.50", "11.84", "11.89", "12.52", "18.78", "3.75", "9.00", "9.88"),
                components.stream().map(r -> r.get("score")).sorted().toList());
        assertEquals("11.50", scoreByMax.get("16.00"));
        assertEquals("10.99", scoreByMax.get("15.50"));
        assertEquals("11.84", scoreByMax.get("13.50"));
        assertEquals("18.78", scoreByMax.get("20.00"));
        assertEquals("3.75", scoreByMax.get("5.00"));
        Map<String, String> institutions = components.stream()
                .filter(r -> r.get("name").contains("thể chế")).findFirst().orElseThrow();
        assertEquals("9.00", institutions.get("score"));
        assertEquals("13.00", institutions.get("max_points"));
    }

    @Test
    void theMaximumOfInstitutionalReformDropsTo9In2023() {
        Map<String, String> institutions = extract("component_year").stream()
                .filter(r -> r.get("unit_id").equals("LCI-STTTT") && r.get("year").equals("2023")
                        && r.get("name").contains("thể chế")).findFirst().orElseThrow();
        assertEquals("9.00", institutions.get("max_points"));
        assertEquals("13.00", institutions.get("prev_max"));
        assertEquals("true", institutions.get("max_changed"));
    }

    @Test
    void thePlanTargetsOf2023AreJudged() {
        List<Map<String, String>> targets = extract("target_status").stream()
                .filter(r -> r.get("unit_id").equals("LCI-STTTT") && r.get("year").equals("2023")).toList();
        Map<String, String> top10 = TestInputs.only(targets, "code", "TOTAL", "kind", "rank_at_most");
        assertEquals("10.00", top10.get("target"));
        assertTrue(List.of("met", "missed").contains(top10.get("status")));
        assertEquals(9, targets.stream().filter(r -> !r.get("code").equals("TOTAL")).count());
    }

    @Test
    void theRealLangSon2018TableIsPublishedAsItWas() {
        List<Map<String, String>> langSon = extract("unit_year").stream()
                .filter(r -> r.get("province").equals("Lạng Sơn") && r.get("year").equals("2018")
                        && r.get("tier").equals("department") && r.get("index").equals("PAR")).toList();
        assertEquals(20, langSon.size());
        Map<String, String> first = langSon.stream().filter(r -> r.get("rank").equals("1")).findFirst().orElseThrow();
        assertEquals("Sở Tài chính", first.get("unit_name"));
        assertEquals("89.40", first.get("official_value"));
        assertTrue(langSon.stream().anyMatch(r -> r.get("official_value").equals("77.20") && r.get("rank").equals("20")));
    }
}
