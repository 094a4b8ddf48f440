package vn.parindex.dashboard.comparison;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.Url;

/**
 * One line of a comparison: a unit with the units merged into it, named with its province; its value in a year
 * (the mean when several predecessors had one), that value's provenance, and whether the chart colours it.
 */
record ComparisonLine(String lastUnitId, String label, List<MartRow> rows, boolean chosen, boolean coloured) {
    /** More lines than this and only the chosen ones (or the best this many by their latest value) keep a colour. */
    static final int MAX_COLOURED = 8;

    static List<ComparisonLine> of(Snapshot snapshot, ComparisonChoice choice) {
        List<ComparisonLine> plain = new ArrayList<>();
        for (Map.Entry<String, List<MartRow>> line : Lineages.lines(snapshot, choice.rows()).entrySet()) {
            List<MartRow> rows = List.copyOf(line.getValue());
            boolean chosen = choice.type() != null && rows.stream().anyMatch(r -> choice.unitIds().contains(r.get(Columns.UNIT_ID)));
            plain.add(new ComparisonLine(line.getKey(), Lineages.label(rows), rows, chosen, true));
        }
        if (plain.size() <= MAX_COLOURED) {
            return plain;
        }
        boolean anyChosen = plain.stream().anyMatch(ComparisonLine::chosen);
        List<ComparisonLine> best = plain.stream().sorted(Comparator.comparing((ComparisonLine l) -> l.latest(choice),
                Comparator.nullsLast(Comparator.reverseOrder()))).limit(MAX_COLOURED).toList();
        return plain.stream().map(l -> new ComparisonLine(l.lastUnitId, l.label, l.rows, l.chosen,
                anyChosen ? l.chosen : best.contains(l))).toList();
    }

    /** The value of the last year the line has one (a unit merged away in 2024 has none in 2025). */
    Double latest(ComparisonChoice choice) {
        for (int i = choice.years().size() - 1; i >= 0; i--) {
            Double value = value(choice.years().get(i));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    MartRow any() {
        return rows.get(0);
    }

    String province() {
        return rows.get(rows.size() - 1).get(Columns.PROVINCE);
    }

    private List<MartRow> of(int year) {
        return rows.stream().filter(r -> Integer.valueOf(year).equals(r.get(Columns.YEAR))).toList();
    }

    /** The official value that year, the mean over the lineage's units that had one. */
    Double value(int year) {
        List<Double> values = of(year).stream().map(r -> r.get(Columns.OFFICIAL_VALUE)).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    String provenance(int year) {
        return of(year).stream().map(r -> r.get(Columns.PROVENANCE)).reduce(null, Provenance::weakerCode);
    }

    /** The source when one unit gave the year's value. */
    String source(int year) {
        List<MartRow> ofYear = of(year);
        return ofYear.size() == 1 ? ofYear.get(0).get(Columns.SOURCE) : null;
    }

    String weakest() {
        return rows.stream().map(r -> r.get(Columns.PROVENANCE)).reduce(null, Provenance::weakerCode);
    }

    /** The chart's mark for a line with figures that are not published. */
    String tag() {
        return ChartLabels.tag(weakest());
    }

    /** The same comparison with this line's unit added to, or taken from, the highlighted ones. */
    Url toggleUrl(ComparisonChoice choice) {
        List<String> units = new ArrayList<>(choice.unitIds());
        List<String> mine = rows.stream().map(r -> r.get(Columns.UNIT_ID)).distinct().toList();
        if (chosen || choice.type() == null) { // without a type, the units are the comparison: take this one out
            units.removeAll(mine);
        } else {
            units.add(lastUnitId);
        }
        Url url = Url.of("compare").param("type", choice.type());
        if (choice.type() == null && units.isEmpty()) {
            units.addAll(choice.unitIds());
        }
        units.forEach(u -> url.param("unit", u));
        return url.param("index", choice.index()).param("from", choice.from()).param("to", choice.to());
    }
}
