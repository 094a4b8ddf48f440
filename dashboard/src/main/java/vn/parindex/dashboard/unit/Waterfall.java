package vn.parindex.dashboard.unit;

import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Apportion;
import vn.parindex.dashboard.web.Figures;

/**
 * From last year's official value to this year's, in index points: one step per domain (its share of the index
 * this year minus last year's, each year on its own tree's maximum, so a 100-point tree and a 120-point tree are
 * never mixed), a step for the change in the gap to the published value, and the rest (items added or dropped).
 * The shown steps add up to the change of the headline.
 */
record Waterfall(double start, List<String> steps, List<Double> deltas, double end) {
    static final String DIFFERENCE = "Chênh lệch với số công bố";
    static final String REST = "Khác (mục mới, bỏ)";

    /** @param previous the unit's own row of last year, or null (after a merger: its predecessors' mean) */
    static Optional<Waterfall> of(MartRow current, MartRow previous, List<MartRow> domains) {
        Double start = current.get(Columns.PREV_VALUE);
        Double end = current.get(Columns.OFFICIAL_VALUE);
        Double now = Figures.indexPointsPerItemPoint(current);
        List<MartRow> compared = domains.stream().filter(d -> d.get(Columns.SCORE) != null && d.get(Columns.PREV_SCORE) != null
                && d.get(Columns.PREV_MAX) != null).toList();
        if (start == null || end == null || now == null || compared.isEmpty()) {
            return Optional.empty();
        }
        double before = previousFactor(current, previous, compared);
        List<String> names = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (MartRow d : compared) {
            names.add(UnitCharts.label(d));
            raw.add(d.get(Columns.SCORE) * now - d.get(Columns.PREV_SCORE) * before);
        }
        Double indexNow = current.get(Columns.INDEX_VALUE);
        Double indexBefore = previous != null && previous.get(Columns.INDEX_VALUE) != null ? previous.get(Columns.INDEX_VALUE)
                : compared.stream().mapToDouble(d -> d.get(Columns.PREV_SCORE) * before).sum();
        double gap = indexNow == null ? 0 : (end - indexNow) - (start - indexBefore);
        double change = end - start;
        double rest = change - raw.stream().mapToDouble(Double::doubleValue).sum() - gap;
        raw.add(gap);
        raw.add(rest);
        List<Double> shown = Apportion.toCents(raw, round(end) - round(start));
        List<Double> deltas = new ArrayList<>(shown.subList(0, compared.size()));
        addIfAny(names, deltas, DIFFERENCE, shown.get(compared.size()));
        addIfAny(names, deltas, REST, shown.get(compared.size() + 1));
        return Optional.of(new Waterfall(round(start), List.copyOf(names), List.copyOf(deltas), round(end)));
    }

    /** Last year's index points per item point: 1 for PAPI, 100 / last year's max_total otherwise. */
    private static double previousFactor(MartRow current, MartRow previous, List<MartRow> compared) {
        if (Figures.PAPI.equals(current.get(Columns.INDEX))) {
            return 1;
        }
        if (previous != null && previous.get(Columns.MAX_TOTAL) != null && previous.get(Columns.MAX_TOTAL) > 0) {
            return 100 / previous.get(Columns.MAX_TOTAL);
        }
        return 100 / compared.stream().mapToDouble(d -> d.get(Columns.PREV_MAX)).sum();
    }

    private static void addIfAny(List<String> names, List<Double> deltas, String name, double delta) {
        if (Math.abs(delta) >= 0.005) {
            names.add(name);
            deltas.add(delta);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
