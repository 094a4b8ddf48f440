package vn.parindex.briefings;

import java.util.List;

/** What the dashboard's comparison view shows: some units, on one index, over some years (in the order given). */
public record ComparisonRequest(String index, List<String> unitIds, List<Integer> years) {
    public ComparisonRequest {
        unitIds = List.copyOf(unitIds);
        years = years.stream().sorted().distinct().toList();
    }
}
