package vn.parindex.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The items of one province, tier, year and index, by code. */
public final class MethodologyTree {
    private final TreeKey key;
    private final Map<String, MethodologyItem> items = new LinkedHashMap<>();

    MethodologyTree(TreeKey key, Collection<MethodologyItem> items) {
        this.key = key;
        items.stream().sorted(Comparator.comparing(MethodologyItem::sortKey))
                .forEach(item -> this.items.put(item.code(), item));
    }

    public TreeKey key() {
        return key;
    }

    public Optional<MethodologyItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public Collection<MethodologyItem> items() {
        return items.values();
    }

    public List<MethodologyItem> children(String parentCode) {
        List<MethodologyItem> children = new ArrayList<>();
        for (MethodologyItem item : items.values()) {
            if (parentCode.equals(item.parentCode())) {
                children.add(item);
            }
        }
        return children;
    }
}
