package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.marts.records.Merger;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.UnitYear;

/**
 * The lines of a comparison: one per chosen unit, a merged unit and its predecessors being one line. Before the
 * merger the line takes its predecessor's result, or, with several, their mean (as the contract's year-over-year
 * rule does), which is then a derived figure without a rank. A chosen predecessor is not drawn a second time.
 */
final class ComparisonLines {
    /** One year of a line: the unit-years it comes from (one, or the predecessors averaged). */
    record Point(Double value, List<UnitResult> from, Provenance provenance, String source) {
        /** The rank when the point is one unit-year's result. */
        UnitResult single() {
            return from.size() == 1 ? from.get(0) : null;
        }

        boolean fromPredecessors(String lineUnitId) {
            return from.stream().noneMatch(unit -> unit.unitId().equals(lineUnitId));
        }
    }

    /** A line: its unit, its name (with the merger marked), the units folded into it, its points by year. */
    record Line(String unitId, String name, String mergerNote, Set<String> unitIds, Map<Integer, Point> points) {
        Point at(int year) {
            return points.get(year);
        }
    }

    private final BriefingData data;
    private final String index;

    private ComparisonLines(BriefingData data, String index) {
        this.data = data;
        this.index = index;
    }

    static List<Line> of(BriefingData data, ComparisonRequest request) {
        ComparisonLines lines = new ComparisonLines(data, request.index());
        Set<String> folded = new HashSet<>();
        for (String unitId : request.unitIds()) {
            folded.addAll(lines.ancestors(unitId, new HashSet<>()));
        }
        List<Line> result = new ArrayList<>();
        for (String unitId : request.unitIds()) {
            if (!folded.contains(unitId)) {
                result.add(lines.line(unitId, request.years()));
            }
        }
        return result;
    }

    private Set<String> ancestors(String unitId, Set<String> seen) {
        Set<String> found = new LinkedHashSet<>();
        for (Merger merger : data.predecessors(unitId)) {
            if (seen.add(merger.unitId())) {
                found.add(merger.unitId());
                found.addAll(ancestors(merger.unitId(), seen));
            }
        }
        return found;
    }

    private Line line(String unitId, List<Integer> years) {
        Map<Integer, Point> points = new LinkedHashMap<>();
        for (int year : years) {
            Point point = point(unitId, year, new HashSet<>());
            if (point != null) {
                points.put(year, point);
            }
        }
        Set<String> unitIds = new LinkedHashSet<>();
        unitIds.add(unitId);
        unitIds.addAll(ancestors(unitId, new HashSet<>()));
        List<Merger> predecessors = data.predecessors(unitId);
        String name = name(unitId);
        if (predecessors.isEmpty()) {
            return new Line(unitId, name, null, unitIds, points);
        }
        Integer year = predecessors.stream().map(Merger::lastYear).filter(Objects::nonNull)
                .max(Integer::compare).map(last -> last + 1).orElse(null);
        String when = year == null ? "" : " năm " + year;
        String note = name + ": " + Labels.MERGED + when + " từ "
                + String.join(", ", predecessors.stream().map(merger -> name(merger.unitId())).toList())
                + (predecessors.size() > 1 ? "; các năm trước đó là trung bình của các đơn vị này" : "; các năm trước "
                + "đó là kết quả của đơn vị này");
        return new Line(unitId, name + " — " + Labels.MERGED
                + (year == null ? "" : " " + year), note, unitIds, points);
    }

    /** The unit's latest name on the index, with its province; its id when it has no result on it. */
    String name(String unitId) {
        List<UnitResult> history = data.history(unitId, index);
        return history.isEmpty() ? unitId : UnitLabels.withProvince(history.get(history.size() - 1));
    }

    private Point point(String unitId, int year, Set<String> seen) {
        if (!seen.add(unitId)) {
            return null;
        }
        UnitResult own = data.unitYear(new UnitYear(unitId, index, year)).orElse(null);
        if (own != null) {
            return new Point(own.officialValue(), List.of(own), Provenance.orPublished(own.provenance()), own.source());
        }
        List<Point> earlier = new ArrayList<>();
        for (Merger merger : data.predecessors(unitId)) {
            Point point = point(merger.unitId(), year, seen);
            if (point != null && point.value() != null) {
                earlier.add(point);
            }
        }
        if (earlier.size() <= 1) {
            return earlier.isEmpty() ? null : earlier.get(0);
        }
        double mean = earlier.stream().mapToDouble(Point::value).average().orElseThrow();
        Provenance provenance = earlier.stream().map(Point::provenance).reduce(Provenance.DERIVED, Provenance::weaker);
        return new Point(mean, earlier.stream().flatMap(point -> point.from().stream()).toList(), provenance, null);
    }
}
