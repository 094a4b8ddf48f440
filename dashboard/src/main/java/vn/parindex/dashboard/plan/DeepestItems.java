package vn.parindex.dashboard.plan;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.parindex.dashboard.snapshot.Row;

/**
 * The deepest items of a unit-year that have a value in a column: items none of whose children has one (contract 2,
 * "deepest scored items"), so that a parent and its children are never counted twice.
 */
final class DeepestItems {
    private DeepestItems() {
    }

    static List<Row> having(List<Row> components, String column) {
        Predicate<Row> has = r -> r.number(column) != null;
        Set<String> parents = components.stream().filter(has).map(r -> r.str("parent_code"))
                .filter(p -> p != null).collect(Collectors.toSet());
        return components.stream().filter(has).filter(r -> !parents.contains(r.str("code"))).toList();
    }
}
