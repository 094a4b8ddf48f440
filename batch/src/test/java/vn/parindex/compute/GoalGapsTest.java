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

    /*
     * By hand: 2023's tree 1 (1.1 = 12, 1.2 = 8), 2 = 13, 3 = 7, 4 = 10, 7 = 5 and the survey 5 = 30; 2024's renumbers
     * 1.1 <-> 1.2 (prev_code), cuts 2 to 9, raises 3 to 11, splits 4 into 4 = 6 and 6 = 4 (prev_code 4), drops 7 and
     * raises the survey to 40. A 2023 (1.1 = 10, 1.2 = 5, 2 = 11, 3 = 7, 4 = 5, 7 = 2, 5 = 20) can regain on 2024's tree
     * (12 - 10) + (8 - 5) + 0 (9 < 11) + (11 - 7) + (6 + 4 - 5) + 0 (gone) = 14; the points it lost in 2023 were 15,
     * code equality would give 12, the split's larger part alone 10. C, scored by domain (1 = 15), regains
     * (20 - 15) + (11 - 7) = 9 where it lost 5. No 2025 tree: A's 2024 keeps the points lost, 2 + 2 + 3 = 7.
     */
    @Test
    void whatCanBeRegainedIsJudgedOnTheGoalYearsTreeThroughPrevCode() throws Exception {
        Scenario scenario = new Scenario(dir).unit("A", "", "", "").unit("B", "", "", "").unit("C", "", "", "");
        scenario.item(2023, "PAR", "1", "", 20, "assessed").item(2023, "PAR", "1.1", "1", 12, "assessed")
                .item(2023, "PAR", "1.2", "1", 8, "assessed").item(2023, "PAR", "2", "", 13, "assessed")
                .item(2023, "PAR", "3", "", 7, "assessed").item(2023, "PAR", "4", "", 10, "assessed")
                .item(2023, "PAR", "7", "", 5, "assessed").item(2023, "PAR", "5", "", 30, "survey");
        scenario.item(2024, "PAR", "1", "", 20, "assessed").item(2024, "PAR", "1.1", "1", 8, "assessed", "1.2")
                .item(2024, "PAR", "1.2", "1", 12, "assessed", "1.1").item(2024, "PAR", "2", "", 9, "assessed")
                .item(2024, "PAR", "3", "", 11, "assessed").item(2024, "PAR", "4", "", 6, "assessed")
                .item(2024, "PAR", "6", "", 4, "assessed", "4").item(2024, "PAR", "5", "", 40, "survey");
        scores(scenario, 2023, "A", "1.1=10", "1.2=5", "2=11", "3=7", "4=5", "7=2", "5=20");   // 60/85 = 70.59
        scores(scenario, 2023, "B", "1.1=12", "1.2=8", "2=13", "3=7", "4=10", "7=5", "5=30");  // 100
        scores(scenario, 2023, "C", "1=15", "2=13", "3=7", "4=10", "7=5", "5=30");              // 80/85 = 94.12
        scores(scenario, 2024, "A", "1.1=8", "1.2=10", "2=9", "3=9", "4=6", "6=1", "5=25");     // 68/90 = 75.56
        scores(scenario, 2024, "B", "1.1=8", "1.2=12", "2=9", "3=11", "4=6", "6=4", "5=40");    // 100
        Scenario.Result result = scenario.compute();
        List<Map<String, String>> gaps = result.tables().get(Marts.GOAL_GAPS.name());

        Map<String, List<String>> byUnitYear = new java.util.TreeMap<>();
        gaps.forEach(r -> byUnitYear.put(r.get("unit_id") + " " + r.get("year"), values(r, "goal",
                "needed_index_points", "needed_item_points", "recoverable_item_points", "reachable")));
        assertEquals(Map.of(
                "A 2023", List.of("next_rank", "23.53", "20.00", "14.00", "false"),
                "C 2023", List.of("next_rank", "5.88", "5.00", "9.00", "true"),
                "A 2024", List.of("next_rank", "24.44", "22.00", "7.00", "false")), byUnitYear);

        // goal_items: the same figures item by item, in code order; the assessed ones add up to the goal gaps'
        assertEquals(List.of("1.1 assessed 12.00 10.00 12.00 2.00", "1.2 assessed 8.00 5.00 8.00 3.00",
                        "2 assessed 13.00 11.00 9.00 0.00", "3 assessed 7.00 7.00 11.00 4.00",
                        "4 assessed 10.00 5.00 10.00 5.00", "5 survey 30.00 20.00 40.00 20.00",
                        "7 assessed 5.00 2.00 0.00 0.00"),
                result.goalItems("A", 2023).stream().map(r -> String.join(" ", values(r, "code", "kind", "max_points",
                        "score", "next_max", "recoverable"))).toList(),
                "1.1 and 1.2 renumbered (prev_code), 2 cut to 9, 3 raised to 11, 4 split into 4 and 6, 7 gone");
        assertEquals(List.of("1 15.00 20.00 5.00", "2 13.00 9.00 0.00", "3 7.00 11.00 4.00", "4 10.00 10.00 0.00",
                        "5 30.00 40.00 10.00", "7 5.00 0.00 0.00"),
                result.goalItems("C", 2023).stream().map(r -> String.join(" ", values(r, "code", "score", "next_max",
                        "recoverable"))).toList(), "C, scored by domain: its domains are its deepest items");
        assertEquals(List.of("1.1  0.00", "1.2  2.00", "2  0.00", "3  2.00", "4  0.00", "5  15.00", "6  3.00"),
                result.goalItems("A", 2024).stream().map(r -> String.join(" ", values(r, "code", "next_max",
                        "recoverable"))).toList(), "no 2025 tree: next_max blank, the points lost");
        for (String unitYear : byUnitYear.keySet()) {
            String[] key = unitYear.split(" ");
            double assessed = result.goalItems(key[0], Integer.parseInt(key[1])).stream()
                    .filter(r -> r.get("kind").equals("assessed"))
                    .mapToDouble(r -> Double.parseDouble(r.get("recoverable"))).sum();
            assertEquals(Double.parseDouble(byUnitYear.get(unitYear).get(3)), assessed, 1e-9, unitYear);
        }
    }

    /** code=score pairs of one unit-year. */
    private static void scores(Scenario scenario, int year, String unit, String... scores) {
        for (String pair : scores) {
            String[] codeScore = pair.split("=");
            scenario.score(year, unit, codeScore[0], codeScore[1]);
        }
    }
}
