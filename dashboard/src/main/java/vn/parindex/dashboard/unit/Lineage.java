package vn.parindex.dashboard.unit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * A unit's merger history, inferred from the marts alone (units.csv's successor_id is not published): a unit
 * whose first year already has a previous value was compared with predecessors, whose previous value is their
 * mean. The predecessors are the units of its ranking that ended the year before, when their mean (or one
 * of them alone) gives that previous value; otherwise the predecessors are left unnamed.
 */
final class Lineage {
    private static final double ROUNDING = 0.011;

    private Lineage() {
    }

    /** Empty when the unit did not start with a previous value (no merger); an empty list when unnamed. */
    static Optional<List<Row>> predecessors(Snapshot snapshot, Row firstYear) {
        Double previous = firstYear.number("prev_value");
        if (previous == null) {
            return Optional.empty();
        }
        RankingKey key = RankingKey.of(firstYear);
        Set<String> continuing = ids(snapshot.ranking(key));
        List<Row> ended = snapshot.ranking(key.withYear(key.year() - 1)).stream()
                .filter(r -> !continuing.contains(r.str("unit_id")) && r.number("official_value") != null).toList();
        double mean = ended.stream().mapToDouble(r -> r.number("official_value")).average().orElse(Double.NaN);
        if (!ended.isEmpty() && Math.abs(mean - previous) <= ROUNDING) {
            return Optional.of(ended);
        }
        List<Row> single = ended.stream().filter(r -> Math.abs(r.number("official_value") - previous) <= ROUNDING).toList();
        return Optional.of(single.size() == 1 ? single : List.of());
    }

    /** The unit that took this one over the year after its last, if any. */
    static Optional<Row> successor(Snapshot snapshot, Row lastYear) {
        RankingKey key = RankingKey.of(lastYear);
        Set<String> before = ids(snapshot.ranking(key));
        String unit = lastYear.str("unit_id");
        return snapshot.ranking(key.withYear(key.year() + 1)).stream()
                .filter(r -> !before.contains(r.str("unit_id")))
                .filter(r -> predecessors(snapshot, r).orElse(List.of()).stream()
                        .anyMatch(p -> unit.equals(p.str("unit_id"))))
                .findFirst();
    }

    private static Set<String> ids(List<Row> rows) {
        return rows.stream().map(r -> r.str("unit_id")).collect(Collectors.toSet());
    }
}
