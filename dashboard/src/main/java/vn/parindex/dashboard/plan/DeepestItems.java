package vn.parindex.dashboard.plan;

import vn.parindex.marts.Column;
import vn.parindex.marts.Columns;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.parindex.marts.MartRow;

/**
 * The deepest items of a unit-year that have a value in a column: items none of whose children has one (contract 2,
 * "deepest scored items"), so that a parent and its children are never counted twice.
 */
final class DeepestItems {
    private DeepestItems() {
    }

    static List<MartRow> having(List<MartRow> components, Column<Double> column) {
        Predicate<MartRow> has = r -> !r.blank(column);
        Set<String> parents = components.stream().filter(has).map(r -> r.get(Columns.PARENT_CODE))
                .filter(p -> p != null).collect(Collectors.toSet());
        return components.stream().filter(has).filter(r -> !parents.contains(r.get(Columns.CODE))).toList();
    }
}
