package vn.parindex.dashboard.unit;

import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Apportion;
import vn.parindex.dashboard.web.Figures;

/**
 * Where a unit-year lost its points, per domain, in index points (item points × 100 / max_total; PAPI keeps its
 * points) so that they add up to 100 − index_value; when the published value does not reconcile, the difference
 * (index_value − official_value) is a line of its own, and all lines add up to the headline's points lost.
 */
record DomainLosses(List<Line> lines, double total) {
    static final String DIFFERENCE = "Chênh lệch với số công bố";

    /** One line: a domain (code set) or the difference with the published value (code null). */
    record Line(String code, String name, Double maxPoints, Double itemPointsLost, double indexPointsLost,
                String provenance) {
        boolean isDifference() {
            return code == null;
        }
    }

    static Optional<DomainLosses> of(MartRow unitYear, List<MartRow> domains) {
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        Double headline = unitYear.get(Columns.POINTS_LOST);
        List<MartRow> scored = domains.stream().filter(d -> d.get(Columns.POINTS_LOST) != null).toList();
        if (factor == null || headline == null || scored.isEmpty()) {
            return Optional.empty();
        }
        List<Double> raw = new ArrayList<>(scored.stream().map(d -> d.get(Columns.POINTS_LOST) * factor).toList());
        Double index = unitYear.get(Columns.INDEX_VALUE);
        Double official = unitYear.get(Columns.OFFICIAL_VALUE);
        double difference = index == null || official == null ? 0 : index - official;
        boolean differs = Math.abs(difference) >= 0.005;
        if (differs) {
            raw.add(difference);
        }
        List<Double> shown = Apportion.toCents(raw, headline);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            MartRow d = scored.get(i);
            lines.add(new Line(d.get(Columns.CODE), d.get(Columns.ITEM_NAME), d.get(Columns.MAX_POINTS), d.get(Columns.POINTS_LOST),
                    shown.get(i), d.get(Columns.PROVENANCE)));
        }
        if (differs) {
            lines.add(new Line(null, DIFFERENCE, null, null, shown.get(shown.size() - 1), unitYear.get(Columns.PROVENANCE)));
        }
        return Optional.of(new DomainLosses(List.copyOf(lines), headline));
    }
}
