package vn.parindex.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;

/**
 * The rules the contract gained on 2026-11-29 (section 2): ranks of partial tables, no rank change across tables of
 * different sizes, PAPI on its own points scale, provenance where the weakest row wins, rank_improve targets.
 */
class ContractChangesTest {
    @TempDir
    Path dir;

    @Test
    void aPartialTableTakesThePublishedRanksOutOfItsMembersAndAShrinkingTableHasNoRankChange() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2022, 2023, 2024).table("PAR", 2022, "2023", 10).table("PAR", 2024, "", 8)
                .unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "").unit("D", "", "", "");
        scenario.score(2022, "A", "TOTAL", "80").score(2022, "A", "RANK", "5")
                .score(2022, "B", "1", "38").score(2022, "B", "2", "47").score(2022, "B", "RANK", "3")
                .score(2022, "C", "RANK", "7")
                .score(2023, "A", "TOTAL", "82").score(2023, "A", "RANK", "4").score(2023, "C", "RANK", "6")
                .score(2023, "D", "TOTAL", "70")
                .score(2024, "A", "TOTAL", "83").score(2024, "A", "RANK", "2");
        Scenario.Result result = scenario.compute();

        Map<String, String> a2022 = result.unitYear("A", 2022);
        assertEquals(List.of("5", "10", "published"), List.of(a2022.get("rank"), a2022.get("rank_of"),
                a2022.get("rank_basis")));
        Map<String, String> rankOnly = result.unitYear("C", 2022);
        assertEquals(List.of("", "7", "10", "published"), List.of(rankOnly.get("official_value"),
                rankOnly.get("rank"), rankOnly.get("rank_of"), rankOnly.get("rank_basis")));
        assertEquals("", result.component("B", 2022, "1").get("rank"), "no component ranks in a partial table");
        assertEquals("", result.component("B", 2022, "1").get("rank_of"));
        assertFalse(result.warningRules().contains("rank_differs"), result.warnings().toString());

        Map<String, String> a2023 = result.unitYear("A", 2023);
        assertEquals(List.of("5", "10", "1"), List.of(a2023.get("prev_rank"), a2023.get("prev_rank_of"),
                a2023.get("rank_change")));
        Map<String, String> c2023 = result.unitYear("C", 2023);
        assertEquals(List.of("", "7", "1"), List.of(c2023.get("prev_value"), c2023.get("prev_rank"),
                c2023.get("rank_change")), "the previous rank comes from a RANK-only row");
        Map<String, String> unranked = result.unitYear("D", 2023);
        assertEquals(List.of("70.00", "", "10", ""), List.of(unranked.get("official_value"), unranked.get("rank"),
                unranked.get("rank_of"), unranked.get("rank_basis")));

        Map<String, String> a2024 = result.unitYear("A", 2024);
        assertEquals(List.of("2", "8", "4", "10", ""), List.of(a2024.get("rank"), a2024.get("rank_of"),
                a2024.get("prev_rank"), a2024.get("prev_rank_of"), a2024.get("rank_change")),
                "4th of 10 → 2nd of 8 is no measurable gain");
    }

    @Test
    void aTableHoldingAllItsMembersIsRankedAsComputed() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023).table("PAR", 2023, "2023", 2).unit("A", "", "", "").unit("B", "", "", "");
        scenario.score(2023, "A", "TOTAL", "90").score(2023, "A", "RANK", "2").score(2023, "B", "TOTAL", "80");
        Scenario.Result result = scenario.compute();
        Map<String, String> a = result.unitYear("A", 2023);
        assertEquals(List.of("1", "2", "computed"), List.of(a.get("rank"), a.get("rank_of"), a.get("rank_basis")));
        assertTrue(result.warningRules().contains("rank_differs"));
    }

    @Test
    void papiKeepsItsOwnPointsScaleWithAndWithoutDimensions() throws Exception {
        Scenario scenario = new Scenario(dir).item(2024, "PAPI", "1", "", 10, "survey")
                .item(2024, "PAPI", "2", "", 10, "survey").unit("A", "", "", "").unit("B", "", "", "");
        scenario.score(2024, "A", "PAPI", "1", "6.1425", "", "")
                .score(2024, "A", "PAPI", "2", "7.2325", "synthetic", "")
                .score(2024, "B", "PAPI", "TOTAL", "14.73", "", "papi.org.vn");
        scenario.target("B", 2024, "PAPI", "TOTAL", "max", "");
        Scenario.Result result = scenario.compute();
        Map<String, String> a = result.unitYear("A", 2024);
        assertEquals(List.of("13.38", "20.00", "13.38", "13.38", "6.63"), List.of(a.get("score_total"),
                a.get("max_total"), a.get("index_value"), a.get("official_value"), a.get("points_lost")));
        assertEquals("61.43", result.component("A", 2024, "1").get("attainment"), "61.425 rounds half up");
        assertEquals("72.33", result.component("A", 2024, "2").get("attainment"), "72.325 rounds half up");
        Map<String, String> b = result.unitYear("B", 2024);
        assertEquals(List.of("14.73", "5.27", "1"), List.of(b.get("official_value"), b.get("points_lost"),
                b.get("rank")), "a TOTAL alone loses points from the tree's maximum");
        Map<String, String> target = TestInputs.only(result.targets(), "unit_id", "B");
        assertEquals(List.of("20.00", "14.73", "missed"), List.of(target.get("target"), target.get("actual"),
                target.get("status")), "max on a PAPI TOTAL is the tree's maximum, not 100");
    }

    @Test
    void provenanceIsTheTotalRowsOrTheWeakestRowTheValueWasComputedFrom() throws Exception {
        Scenario scenario = new Scenario(dir).item(2023, "1", "", 40, "").item(2023, "1.1", "1", 20, "")
                .item(2023, "1.2", "1", 20, "").item(2023, "2", "", 60, "")
                .unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "");
        scenario.score(2023, "A", "PAR", "1.1", "18", "derived", "").score(2023, "A", "PAR", "1.2", "20", "", "")
                .score(2023, "A", "PAR", "2", "50", "published", "")
                .score(2023, "B", "PAR", "1", "30", "synthetic", "").score(2023, "B", "PAR", "2", "50", "", "")
                .score(2023, "B", "PAR", "TOTAL", "80", "", "QĐ 1/QĐ-UBND")
                .score(2023, "C", "PAR", "RANK", "3", "third_party", "");
        Scenario.Result result = scenario.compute();
        assertEquals("derived", result.component("A", 2023, "1").get("provenance"), "a parent takes its weakest child");
        assertEquals("published", result.component("A", 2023, "1.2").get("provenance"));
        assertEquals("derived", result.unitYear("A", 2023).get("provenance"));
        assertEquals("", result.unitYear("A", 2023).get("source"));
        assertEquals(List.of("published", "QĐ 1/QĐ-UBND"), List.of(result.unitYear("B", 2023).get("provenance"),
                result.unitYear("B", 2023).get("source")), "a published TOTAL gives the value, whatever its items");
        assertEquals("synthetic", result.component("B", 2023, "1").get("provenance"));
        assertEquals("third_party", result.unitYear("C", 2023).get("provenance"), "a RANK-only row's own");
    }

    @Test
    void rankImproveIsJudgedAgainstThePreviousRank() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2023, 2024).unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "");
        scenario.score(2023, "A", "TOTAL", "70").score(2023, "B", "TOTAL", "80").score(2023, "C", "TOTAL", "90")
                .score(2024, "A", "TOTAL", "85").score(2024, "B", "TOTAL", "84").score(2024, "C", "TOTAL", "90");
        scenario.target("A", 2024, "TOTAL", "rank_improve", "").target("B", 2024, "TOTAL", "rank_improve", "1")
                .target("A", 2025, "TOTAL", "rank_improve", "2");
        Scenario.Result result = scenario.compute();
        List<Map<String, String>> targets = result.targets();
        assertEquals(List.of("2.00", "2", "met", "0.00"), List.of(targets.get(0).get("target"),
                targets.get(0).get("actual"), targets.get(0).get("status"), targets.get(0).get("gap")),
                "3rd → 2nd: a blank value asks for one place");
        assertEquals(List.of("1.00", "3", "missed", "-2.00"), List.of(targets.get(1).get("target"),
                targets.get(1).get("actual"), targets.get(1).get("status"), targets.get(1).get("gap")));
        assertEquals(List.of("", "", "pending"), List.of(targets.get(2).get("target"), targets.get(2).get("actual"),
                targets.get(2).get("status")));
    }
}
