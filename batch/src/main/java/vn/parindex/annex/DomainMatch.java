package vn.parindex.annex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.grid.ReadProblem;
import vn.parindex.reference.MethodologyItem;
import vn.parindex.reference.MethodologyTree;
import vn.parindex.text.Numbers;

/**
 * The domain columns of a table matched to the level-1 items of one methodology tree by normalised name; a column no
 * item is named like, or whose bracketed maximum differs from the item's, is a problem.
 */
public record DomainMatch(Map<Integer, MethodologyItem> itemByColumn, List<ReadProblem> problems) {
    private static final double EPSILON = 1e-9;

    /**
     * @param headerLine where problems are reported: the header's line and place
     * @param naming     how a column is named in messages: "C (Cải cách thể chế)", "column 3 (Cải cách thể chế)"
     */
    public static DomainMatch of(List<HeaderColumn> domainColumns, MethodologyTree tree, int headerLine,
                                 String headerPlace, Function<HeaderColumn, String> naming) {
        Map<String, MethodologyItem> domainsByKey = new LinkedHashMap<>();
        tree.items().stream().filter(MethodologyItem::isDomain)
                .forEach(item -> domainsByKey.putIfAbsent(HeaderColumns.domainKey(item.name()), item));
        Map<Integer, MethodologyItem> matched = new LinkedHashMap<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (HeaderColumn column : domainColumns) {
            MethodologyItem item = domainsByKey.get(column.domainKey());
            if (item == null) {
                problems.add(new ReadProblem("unknown_domain_column", headerLine, headerPlace, "column "
                        + naming.apply(column) + " matches no domain of the methodology of " + tree.key()
                        + "; its domains are: "
                        + domainsByKey.values().stream().map(d -> d.code() + " " + d.name())
                        .collect(Collectors.joining(", "))));
            } else if (column.bracketMaximum() != null
                    && Math.abs(column.bracketMaximum() - item.maxPoints()) > EPSILON) {
                problems.add(new ReadProblem("maximum_differs", headerLine, headerPlace, "column "
                        + naming.apply(column) + " gives the maximum " + Numbers.format2(column.bracketMaximum())
                        + " but the methodology of "
                        + tree.key() + " gives " + item.code() + " " + item.name() + " the maximum "
                        + Numbers.format2(item.maxPoints())));
            } else {
                matched.put(column.index(), item);
            }
        }
        return new DomainMatch(matched, problems);
    }

    /** The sum of the level-1 maxima: "Tổng điểm" is the index itself only when it is 100. */
    static double totalMaximum(MethodologyTree tree) {
        return tree.items().stream().filter(MethodologyItem::isDomain).mapToDouble(MethodologyItem::maxPoints).sum();
    }
}
