package vn.parindex.dashboard.plan;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Provenance;

/**
 * Self-assessed against appraised for one unit-year: the deepest self-scored items whose self_score exceeds the
 * appraised score, and the total overstatement in item points and in index points (so that units of different
 * maxima can be ranked on one scale: the appraisal risk of the next self-assessment).
 */
record Overstatement(Row unitYear, List<Row> items, int selfScored, double itemPoints, Double indexPoints,
                     String provenance) {
    /** Below half a hundredth a difference is rounding, not an overstatement. */
    private static final double EPSILON = 0.005;

    static Overstatement of(Row unitYear, List<Row> components) {
        List<Row> selfScored = DeepestItems.having(components, "self_score").stream()
                .filter(r -> r.number("score") != null).toList();
        List<Row> over = selfScored.stream().filter(r -> excess(r) > EPSILON).toList();
        double total = over.stream().mapToDouble(Overstatement::excess).sum();
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        String provenance = over.stream().map(r -> r.str("provenance")).reduce(null, Provenance::weaker);
        return new Overstatement(unitYear, over, selfScored.size(), total, factor == null ? null : total * factor,
                provenance);
    }

    static double excess(Row item) {
        return item.number("self_score") - item.number("score");
    }

    boolean hasSelfScores() {
        return selfScored > 0;
    }
}
