package vn.parindex.compute;

import vn.parindex.marts.Marts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of contract section 2, each on a small input through the real ingest and Spark. */
class ComputationRulesTest {
    @TempDir
    Path dir;

    @Test
    void tiesOnTwoDecimalsShareTheBestRank() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023).unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "")
                .unit("D", "", "", "");
        scenario.score(2023, "A", "TOTAL", "90").score(2023, "B", "TOTAL", "85.004").score(2023, "C", "TOTAL", "84.996")
                .score(2023, "D", "TOTAL", "80");
        Scenario.Result result = scenario.compute();
        assertEquals(List.of("1", "2", "2", "4"),
                List.of("A", "B", "C", "D").stream().map(u -> result.unitYear(u, 2023).get("rank")).toList());
        assertTrue(result.unitYears().stream().allMatch(row -> row.get("rank_of").equals("4")));
        assertEquals("85.00", result.unitYear("B", 2023).get("official_value"));
    }

    @Test
    void theGapToTheBestIsTakenOnTwoDecimalsAndOnlyWithAComputedRank() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023).table("PAR", 2024, "2024", 10)
                .item(2023, "PAPI", "1", "", 10, "survey").item(2023, "PAPI", "2", "", 10, "survey")
                .unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "").unit("D", "", "", "")
                .unit("E", "", "", "");
        scenario.score(2023, "A", "TOTAL", "90.004").score(2023, "B", "TOTAL", "89.996") // both 90.00: the leaders
                .score(2023, "C", "1", "30").score(2023, "C", "2", "50")                   // 80.00
                .score(2023, "D", "TOTAL", "85.555")      // 85.56: 90.00 - 85.56 = 4.44, not 90.004 - 85.555 = 4.449
                .score(2023, "E", "1", "38");             // incomplete, no TOTAL: unranked
        scenario.score(2023, "A", "PAPI", "TOTAL", "14.73", "", "")                       // PAPI on its points scale
                .score(2023, "B", "PAPI", "1", "6.1425", "", "").score(2023, "B", "PAPI", "2", "7.2325", "", "");
        // 2024's table has 10 members, the input 2: ranks as published, and its leader may be one the input lacks
        scenario.score(2024, "A", "TOTAL", "88").score(2024, "A", "RANK", "3").score(2024, "B", "TOTAL", "80");
        Scenario.Result result = scenario.compute();

        Map<String, String> gaps = new java.util.TreeMap<>();
        result.unitYears().forEach(r -> gaps.put(r.get("index") + " " + r.get("year") + " " + r.get("unit_id"),
                r.get("gap_to_best")));
        assertEquals(Map.of("PAR 2023 A", "0.00", "PAR 2023 B", "0.00", "PAR 2023 C", "10.00", "PAR 2023 D", "4.44",
                "PAR 2023 E", "", "PAPI 2023 A", "0.00", "PAPI 2023 B", "1.35", "PAR 2024 A", "", "PAR 2024 B", ""),
                gaps);
        assertEquals("published", result.unitYear("A", 2024).get("rank_basis"));
        assertEquals(Marts.UNIT_YEAR.names().get(Marts.UNIT_YEAR.names().size() - 1), "gap_to_best",
                "the extract's last column");
    }

    @Test
    void notApplicableItemsLeaveTheMaxima() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023).unit("A", "", "", "");
        scenario.score(2023, "A", "1", "NA").score(2023, "A", "2", "45");
        Scenario.Result result = scenario.compute();
        Map<String, String> row = result.unitYear("A", 2023);
        assertEquals("45.00", row.get("score_total"));
        assertEquals("60.00", row.get("max_total"));
        assertEquals("75.00", row.get("index_value"));
        assertTrue(result.tables().get(Marts.COMPONENT_YEAR.name()).stream().noneMatch(r -> r.get("code").equals("1")),
                "an NA item has no component row");
    }

    @Test
    void parentsAreDerivedFromCompleteChildrenAndGivenParentsChecked() throws Exception {
        Scenario scenario = new Scenario(dir).item(2023, "1", "", 10, "").item(2023, "1.1", "1", 4, "")
                .item(2023, "1.2", "1", 6, "").item(2023, "1.2.1", "1.2", 2, "").item(2023, "1.2.2", "1.2", 4, "")
                .item(2023, "2", "", 90, "")
                .unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "");
        scenario.score(2023, "A", "1.1", "3").score(2023, "A", "1.2.1", "2").score(2023, "A", "1.2.2", "NA")
                .score(2023, "A", "2", "80");
        scenario.score(2023, "B", "1", "9").score(2023, "B", "1.1", "4").score(2023, "B", "1.2", "4")
                .score(2023, "B", "2", "80");
        scenario.score(2023, "C", "1.1", "4").score(2023, "C", "2", "80");
        Scenario.Result result = scenario.compute();
        assertEquals("2.00", result.component("A", 2023, "1.2").get("score"));
        assertEquals("2.00", result.component("A", 2023, "1.2").get("max_points"), "the NA child leaves the maximum");
        assertEquals("5.00", result.component("A", 2023, "1").get("score"));
        assertEquals("6.00", result.component("A", 2023, "1").get("max_points"));
        assertEquals("85.00", result.unitYear("A", 2023).get("score_total"));
        assertEquals("9.00", result.component("B", 2023, "1").get("score"), "a given parent score is kept");
        assertEquals(List.of("parent_sum_mismatch"), result.warningRules());
        assertEquals("", result.unitYear("C", 2023).get("index_value"), "1.2 missing: item 1 cannot be derived");
    }

    @Test
    void renumberedItemsAreComparedThroughPrevCode() throws Exception {
        Scenario scenario = new Scenario(dir).unit("A", "", "", "")
                .item(2023, "1", "", 10, "").item(2023, "1.1", "1", 6, "").item(2023, "1.2", "1", 4, "")
                .item(2024, "1", "", 10, "").item(2024, "1.1", "1", 4, "1.2").item(2024, "1.2", "1", 6, "1.1");
        scenario.score(2023, "A", "1.1", "5").score(2023, "A", "1.2", "3")
                .score(2024, "A", "1.1", "4").score(2024, "A", "1.2", "6");
        Scenario.Result result = scenario.compute();
        Map<String, String> reporting = result.component("A", 2024, "1.1");
        assertEquals("3.00", reporting.get("prev_score"));
        assertEquals("4.00", reporting.get("prev_max"));
        assertEquals("1.00", reporting.get("delta_points"));
        assertEquals("25.00", reporting.get("delta_attainment"));
        assertEquals("false", reporting.get("max_changed"));
        assertEquals("5.00", result.component("A", 2024, "1.2").get("prev_score"));
    }

    @Test
    void aChangedMaximumIsFlaggedAndComparedInAttainment() throws Exception {
        Scenario scenario = new Scenario(dir).unit("A", "", "", "")
                .item(2022, "1", "", 13, "").item(2022, "2", "", 87, "")
                .item(2023, "1", "", 9, "").item(2023, "2", "", 91, "");
        scenario.score(2022, "A", "1", "9").score(2022, "A", "2", "80").score(2023, "A", "1", "9")
                .score(2023, "A", "2", "80");
        Map<String, String> item = scenario.compute().component("A", 2023, "1");
        assertEquals("true", item.get("max_changed"));
        assertEquals("13.00", item.get("prev_max"));
        assertEquals("0.00", item.get("delta_points"));
        assertEquals("30.77", item.get("delta_attainment"));
    }

    @Test
    void aMergerIsComparedWithTheMeanOfItsPredecessorsAndARenameKeepsTheRank() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023, 2024)
                .unit("A", "2023", "2023", "M").unit("B", "2023", "2023", "M").unit("M", "2024", "", "")
                .unit("OLD", "2023", "2023", "NEW").unit("NEW", "2024", "", "");
        scenario.score(2023, "A", "TOTAL", "80").score(2023, "B", "TOTAL", "90").score(2023, "OLD", "TOTAL", "70")
                .score(2024, "M", "TOTAL", "88").score(2024, "NEW", "TOTAL", "75");
        Scenario.Result result = scenario.compute();
        Map<String, String> merged = result.unitYear("M", 2024);
        assertEquals("85.00", merged.get("prev_value"));
        assertEquals("3.00", merged.get("delta"));
        assertEquals("", merged.get("prev_rank"), "two comparable units: no rank movement");
        assertEquals("", merged.get("rank_change"));
        Map<String, String> renamed = result.unitYear("NEW", 2024);
        assertEquals("70.00", renamed.get("prev_value"));
        assertEquals("3", renamed.get("prev_rank"));
        assertEquals("3", renamed.get("prev_rank_of"));
        assertEquals("2", renamed.get("rank_of"));
        assertEquals("", renamed.get("rank_change"), "3rd of 3 → 2nd of 2 is a table that shrank, not a gain");
    }

    @Test
    void aPredecessorInAnotherProvinceIsComparedToo() throws Exception {
        String merged = "Tỉnh Sáp Nhập";
        Scenario scenario = Scenario.twoDomains(dir, 2023, 2024).unit("A", "2023", "2023", "M").unit("B", "", "", "")
                .in(merged).unit("M", "2024", "", "");
        scenario.item(2024, "1", "", 40, "").item(2024, "2", "", 60, "")
                .score(2024, "M", "1", "35").score(2024, "M", "2", "50")
                .in(Scenario.PROVINCE).score(2023, "A", "1", "30").score(2023, "A", "2", "50")
                .score(2023, "B", "1", "20").score(2023, "B", "2", "40").score(2024, "B", "1", "25")
                .score(2024, "B", "2", "45");
        Scenario.Result result = scenario.compute();

        Map<String, String> item = result.component("M", 2024, "1");
        assertEquals("30.00", item.get("prev_score"), "A's 2023 score, laid out in another province");
        assertEquals("5.00", item.get("delta_points"));
        assertEquals("80.00", result.unitYear("M", 2024).get("prev_value"));
        assertEquals("20.00", result.component("B", 2024, "1").get("prev_score"), "within its province as before");
    }

    @Test
    void aMissingYearLeavesThePreviousValuesBlank() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2022, 2024).unit("A", "2022", "", "");
        scenario.score(2022, "A", "1", "30").score(2022, "A", "2", "50").score(2024, "A", "1", "35")
                .score(2024, "A", "2", "50");
        Scenario.Result result = scenario.compute();
        Map<String, String> row = result.unitYear("A", 2024);
        assertEquals("", row.get("prev_value"));
        assertEquals("", row.get("delta"));
        assertEquals("", result.component("A", 2024, "1").get("prev_score"));
    }

    @Test
    void anIncompleteUnitYearIsRankedOnlyByItsPublishedTotal() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023).unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "");
        scenario.score(2023, "A", "1", "40").score(2023, "A", "2", "50");
        scenario.score(2023, "B", "1", "30").score(2023, "B", "TOTAL", "95").score(2023, "B", "RANK", "1");
        scenario.score(2023, "C", "1", "38");
        Scenario.Result result = scenario.compute();
        Map<String, String> withTotal = result.unitYear("B", 2023);
        assertEquals("", withTotal.get("index_value"));
        assertEquals("95.00", withTotal.get("official_value"));
        assertEquals("1", withTotal.get("rank"));
        assertEquals("", withTotal.get("reconciled"));
        Map<String, String> without = result.unitYear("C", 2023);
        assertEquals("", without.get("official_value"));
        assertEquals("", without.get("rank"));
        assertEquals("2", result.unitYear("A", 2023).get("rank_of"));
    }

    @Test
    void aPublishedTotalOrRankThatDiffersIsAWarningNeverACorrection() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023).unit("A", "", "", "").unit("B", "", "", "");
        scenario.score(2023, "A", "1", "40").score(2023, "A", "2", "50").score(2023, "A", "TOTAL", "91")
                .score(2023, "A", "RANK", "2");
        scenario.score(2023, "B", "1", "30").score(2023, "B", "2", "50").score(2023, "B", "TOTAL", "80.005");
        Scenario.Result result = scenario.compute();
        Map<String, String> a = result.unitYear("A", 2023);
        assertEquals("91.00", a.get("official_value"));
        assertEquals("90.00", a.get("index_value"));
        assertEquals("false", a.get("reconciled"));
        assertEquals("true", result.unitYear("B", 2023).get("reconciled"));
        assertEquals(List.of("rank_differs", "total_not_reconciled"), result.warningRules().stream().sorted().toList());
    }

    @Test
    void lossDriversAreTheFiveDeepestItemsThatLostMostInCodeOrder() throws Exception {
        Scenario scenario = new Scenario(dir).unit("A", "", "", "").item(2023, "1", "", 60, "");
        for (int i = 1; i <= 10; i++) {
            scenario.item(2023, "1." + i, "1", 6, "");
        }
        scenario.item(2023, "2", "", 40, "");
        String[] scores = {"6", "5", "4", "5", "6", "6", "6", "6", "6", "5"};
        for (int i = 1; i <= 10; i++) {
            scenario.score(2023, "A", "1." + i, scores[i - 1]);
        }
        scenario.score(2023, "A", "2", "38");
        List<Map<String, String>> drivers = scenario.compute().lossDrivers("A", 2023);
        assertEquals(List.of("1.3", "2", "1.2", "1.4", "1.10"), drivers.stream().map(r -> r.get("code")).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"), drivers.stream().map(r -> r.get("position")).toList());
        assertEquals("28.57", drivers.get(1).get("share_of_loss"), "2 of the 7 points lost over deepest items");
    }

    @Test
    void targetsAreMetMissedOrPending() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023, 2024).unit("A", "", "", "").unit("B", "", "", "");
        scenario.score(2023, "A", "1", "30").score(2023, "A", "2", "50").score(2024, "A", "1", "40")
                .score(2024, "A", "2", "45").score(2024, "B", "1", "40").score(2024, "B", "2", "60");
        scenario.target("A", 2024, "1", "max", "").target("A", 2024, "TOTAL", "increase_points", "2")
                .target("A", 2024, "TOTAL", "rank_at_most", "1").target("B", 2024, "TOTAL", "increase_points", "1")
                .target("B", 2024, "2", "score_at_least", "59.5").target("A", 2025, "TOTAL", "score_at_least", "90");
        List<Map<String, String>> targets = scenario.compute().targets();
        assertEquals(List.of("met", "met", "missed", "pending", "met", "pending"),
                targets.stream().map(r -> r.get("status")).toList());
        assertEquals("82.00", targets.get(1).get("target"), "80 last year + 2");
        assertEquals("3.00", targets.get(1).get("gap"));
        assertEquals("2", targets.get(2).get("actual"));
        assertEquals("-1.00", targets.get(2).get("gap"));
        assertEquals("", targets.get(3).get("target"), "no previous year for B");
    }
}
