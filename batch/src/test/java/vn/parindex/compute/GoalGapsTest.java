package vn.parindex.compute;

import vn.parindex.marts.Marts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Goal gaps (contract section 2): the next rank and next year's TOTAL targets, in index and item points. */
class GoalGapsTest {
    @TempDir
    Path dir;

    private static List<String> values(Map<String, String> row, String... columns) {
        return java.util.Arrays.stream(columns).map(row::get).toList();
    }

    @Test
    void goalsAreMeasuredInIndexAndItemPointsAgainstWhatAssessedItemsLost() throws Exception {
        Scenario scenario = new Scenario(dir).item(2023, "PAR", "1", "", 40, "assessed")
                .item(2023, "PAR", "2", "", 80, "survey")
                .unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "").unit("D", "", "", "");
        scenario.score(2023, "A", "1", "39").score(2023, "A", "2", "72")       // 111/120 = 92.50
                .score(2023, "B", "1", "30").score(2023, "B", "2", "70")       // 100/120 = 83.33
                .score(2023, "C", "TOTAL", "90")
                .score(2023, "D", "1", "40").score(2023, "D", "2", "40");      // 80/120 = 66.67
        scenario.target("B", 2024, "TOTAL", "rank_at_most", "2").target("B", 2024, "TOTAL", "max", "")
                .target("B", 2024, "TOTAL", "increase_points", "1").target("D", 2024, "TOTAL", "rank_at_most", "9")
                .target("B", 2024, "1", "max", "").target("B", 2023, "TOTAL", "score_at_least", "99");
        Scenario.Result result = scenario.compute();
        List<Map<String, String>> gaps = result.tables().get(Marts.GOAL_GAPS.name());

        List<Map<String, String>> b = gaps.stream().filter(r -> r.get("unit_id").equals("B")).toList();
        assertEquals(List.of("next_rank", "rank_at_most", "max", "increase_points"),
                b.stream().map(r -> r.get("goal")).toList(), "next_rank first, then TOTAL targets of 2024 in file order");
        assertEquals(List.of("", "2", "90.00", "83.33", "6.67", "8.00", "10.00", "true"), values(b.get(0),
                "goal_year", "goal_rank", "goal_value", "official_value", "needed_index_points", "needed_item_points",
                "recoverable_item_points", "reachable"), "6.67 index points of a 120-point tree are 8 item points");
        assertEquals(List.of("2024", "2", "90.00", "6.67"), values(b.get(1), "goal_year", "goal_rank", "goal_value",
                "needed_index_points"));
        assertEquals(List.of("", "100.00", "16.67", "20.00", "false"), values(b.get(2), "goal_rank", "goal_value",
                "needed_index_points", "needed_item_points", "reachable"));
        assertEquals(List.of("84.33", "1.00", "1.20"), values(b.get(3), "goal_value", "needed_index_points",
                "needed_item_points"));

        Map<String, String> c = gaps.stream().filter(r -> r.get("unit_id").equals("C")).findFirst().orElseThrow();
        assertEquals(List.of("1", "92.50", "2.50", "", "", ""), values(c, "goal_rank", "goal_value",
                "needed_index_points", "needed_item_points", "recoverable_item_points", "reachable"),
                "a TOTAL alone: no maximum to turn index points into item points, nothing known to recover");

        List<Map<String, String>> d = gaps.stream().filter(r -> r.get("unit_id").equals("D")).toList();
        assertEquals(List.of("rank_at_most", "9", "", "0.00", "0.00", "0.00", "true"), values(d.get(1), "goal",
                "goal_rank", "goal_value", "needed_index_points", "needed_item_points", "recoverable_item_points",
                "reachable"), "a table of fewer than 9 units: the goal is met");
        assertEquals(0, gaps.stream().filter(r -> r.get("unit_id").equals("A")).count(), "first: no goal");
    }

    @Test
    void theNextRankIsTheLowestValueAboveOneCentUpAndItsSharedRank() throws Exception {
        Scenario scenario = new Scenario(dir).item(2023, "PAR", "1", "", 100, "assessed")
                .unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "").unit("D", "", "", "")
                .unit("E", "", "", "");
        scenario.score(2023, "A", "TOTAL", "90").score(2023, "B", "TOTAL", "90").score(2023, "C", "TOTAL", "85")
                .score(2023, "D", "TOTAL", "85").score(2023, "E", "TOTAL", "84.99");
        List<Map<String, String>> gaps = scenario.compute().tables().get(Marts.GOAL_GAPS.name());

        Map<String, List<String>> nextRank = new java.util.TreeMap<>();
        gaps.stream().filter(r -> r.get("goal").equals("next_rank"))
                .forEach(r -> nextRank.put(r.get("unit_id"), values(r, "goal_rank", "goal_value",
                        "needed_index_points")));

        assertEquals(Map.of("C", List.of("1", "90.00", "5.00"), "D", List.of("1", "90.00", "5.00"),
                "E", List.of("3", "85.00", "0.01")), nextRank,
                "tied units share the goal and its rank; a unit first in its table has none");
    }
}
