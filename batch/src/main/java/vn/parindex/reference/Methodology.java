package vn.parindex.reference;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every methodology tree of the input, by province, tier, year and index. */
public final class Methodology {
    private final Map<TreeKey, MethodologyTree> trees;

    Methodology(Map<TreeKey, MethodologyTree> trees) {
        this.trees = Map.copyOf(trees);
    }

    public Optional<MethodologyTree> tree(TreeKey key) {
        return Optional.ofNullable(trees.get(key));
    }

    public Collection<MethodologyTree> trees() {
        return trees.values();
    }

    /** All items of all trees, for the computation. */
    public List<MethodologyItem> allItems() {
        return trees.values().stream().flatMap(tree -> tree.items().stream()).toList();
    }
}
