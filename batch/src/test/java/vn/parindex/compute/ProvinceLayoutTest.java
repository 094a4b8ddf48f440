package vn.parindex.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.Marts;

/**
 * The layout by province the computation keeps (docs/architecture.md, Spark): the marts of the item rows are written where
 * the computation left them, without moving or sorting the rows again. A change that loses the layout still computes
 * the same figures, only slower at national scale: this holds the plans to it.
 */
class ProvinceLayoutTest {
    @TempDir
    Path dir;

    @Test
    void theItemMartsAreWrittenWithoutAnotherShuffleAndComponentYearWithoutAnotherSort() throws Exception {
        Scenario scenario = Scenario.twoDomains(dir, 2022, 2023).unit("A", "", "", "").unit("B", "", "", "");
        for (int year : new int[]{2022, 2023}) {
            scenario.score(year, "A", "1", "30").score(year, "A", "2", "50")
                    .score(year, "B", "1", "20").score(year, "B", "2", "55");
        }
        ComputationResult result = scenario.computation();
        // one plan text per mart (seven): a Java stream over the marts, no Spark rows reach the driver
        Map<String, String> plans = new java.util.HashMap<>(result.marts().stream().collect(Collectors.toMap(Mart::name,
                mart -> mart.rows().queryExecution().executedPlan().toString())));

        plans.put(Marts.GOAL_ITEMS.name(), result.goalItems().rows().queryExecution().executedPlan().toString());
        for (String mart : List.of(Marts.COMPONENT_YEAR.name(), Marts.LOSS_DRIVERS.name(),
                Marts.PROVINCE_SUMMARY.name(), Marts.GOAL_ITEMS.name())) {
            assertFalse(movesRows(plans.get(mart)), mart + " moves its rows again:\n" + plans.get(mart));
        }
        assertFalse(plans.get(Marts.COMPONENT_YEAR.name()).contains("Sort ["),
                "component_year is sorted once, by the components:\n" + plans.get(Marts.COMPONENT_YEAR.name()));
        assertTrue(plans.get(Marts.UNIT_YEAR.name()).contains("Exchange hashpartitioning(province"),
                "unit_year is laid out by province before it is written");
        assertTrue(movesRows(plans.get(Marts.UNIT_YEAR.name())), "the check sees an exchange of the rows");
        assertEquals(8, result.marts().stream().filter(m -> m.schema().equals(Marts.COMPONENT_YEAR)).findFirst()
                .orElseThrow().rows().count(), "2 units, 2 years, 2 domains");
    }

    /**
     * Whether the plan has an exchange outside a broadcast: a reference table (a methodology tree) may be shuffled on
     * its way to a broadcast join, the item rows may not be moved.
     */
    static boolean movesRows(String plan) {
        java.util.Deque<int[]> path = new java.util.ArrayDeque<>(); // {depth, 1 when a broadcast}
        for (String line : plan.split("\n")) {
            int depth = 0;
            while (depth < line.length() && " :|+-".indexOf(line.charAt(depth)) >= 0) {
                depth++;
            }
            while (!path.isEmpty() && path.peek()[0] >= depth) {
                path.pop();
            }
            String node = line.substring(depth);
            boolean broadcast = node.startsWith("BroadcastExchange");
            if (node.startsWith("Exchange ") && path.stream().noneMatch(n -> n[1] == 1)) {
                return true;
            }
            path.push(new int[] {depth, broadcast ? 1 : 0});
        }
        return false;
    }
}
