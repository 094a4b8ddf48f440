package vn.parindex.briefings.data;

import java.util.List;

/**
 * What the dashboard's comparison view shows: some units, on one index, over some years (in the order given), with
 * the units the planner chose to stand out ({@code highlighted}; drawn in colour when the chart has too many lines).
 */
public record ComparisonRequest(String index, List<String> unitIds, List<Integer> years, List<String> highlighted) {
    public ComparisonRequest {
        unitIds = List.copyOf(unitIds);
        years = years.stream().sorted().distinct().toList();
        highlighted = List.copyOf(highlighted);
    }

    public ComparisonRequest(String index, List<String> unitIds, List<Integer> years) {
        this(index, unitIds, years, List.of());
    }
}
