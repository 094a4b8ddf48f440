package vn.parindex.dashboard.plan;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Figures;

/**
 * Self-assessed against appraised for one unit-year: the deepest self-scored items whose self_score exceeds the
 * appraised score, and the total overstatement in item points and in index points (so that units of different
 * maxima can be ranked on one scale: the appraisal risk of the next self-assessment).
 */
record Overstatement(MartRow unitYear, List<MartRow> items, int selfScored, double itemPoints, Double indexPoints,
                     String provenance) {
    /** Below half a hundredth a difference is rounding, not an overstatement. */
    private static final double EPSILON = 0.005;

    static Overstatement of(MartRow unitYear, List<MartRow> components) {
        List<MartRow> selfScored = DeepestItems.having(components, Columns.SELF_SCORE).stream()
                .filter(r -> r.get(Columns.SCORE) != null).toList();
        List<MartRow> over = selfScored.stream().filter(r -> excess(r) > EPSILON).toList();
        double total = over.stream().mapToDouble(Overstatement::excess).sum();
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        String provenance = over.stream().map(r -> r.get(Columns.PROVENANCE)).reduce(null, Provenance::weakerCode);
        return new Overstatement(unitYear, over, selfScored.size(), total, factor == null ? null : total * factor,
                provenance);
    }

    static double excess(MartRow item) {
        return item.get(Columns.SELF_SCORE) - item.get(Columns.SCORE);
    }

    boolean hasSelfScores() {
        return selfScored > 0;
    }
}
