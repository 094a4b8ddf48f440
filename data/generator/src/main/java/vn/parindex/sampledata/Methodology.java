package vn.parindex.sampledata;

import vn.parindex.text.Codes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The methodology trees (reference/methodology.csv) from sources/methodology-items.csv, where each item is given
 * once for the years it stays the same. A province with districts gets a district tree each year one of them is
 * valid: the level-1 items of its department tree. Trees are written PAR, SIPAS, PAPI; then by province
 * (provinces.csv order, Việt Nam last), year and tier; items in code order.
 */
final class Methodology {
    private static final List<String> INDEX_ORDER = List.of("PAR", "SIPAS", "PAPI");
    private static final List<String> TIER_ORDER = List.of("department", "district", "province");

    private final Map<String, List<Item>> trees;

    private Methodology(Map<String, List<Item>> trees) {
        this.trees = trees;
    }

    static Methodology load(Units units) {
        Map<String, List<Item>> byTree = new LinkedHashMap<>();
        for (Map<String, String> r : SourceCsv.read("methodology-items.csv")) {
            int from = Integer.parseInt(r.get("year_from"));
            int to = Integer.parseInt(r.get("year_to"));
            for (int year = from; year <= to; year++) {
                Item item = new Item(r.get("province"), r.get("tier"), year, r.get("index"), r.get("code"), r.get("name"),
                        Double.parseDouble(r.get("max_points")), r.get("kind"), r.get("prev_code"));
                byTree.computeIfAbsent(key(item.province(), item.tier(), year, item.index()), k -> new ArrayList<>())
                        .add(item);
            }
        }
        for (List<Item> tree : List.copyOf(byTree.values())) {
            Item first = tree.get(0);
            if (first.index().equals("PAR") && first.tier().equals("department")
                    && !units.scored(first.province(), "district", first.year()).isEmpty()) {
                byTree.put(key(first.province(), "district", first.year(), "PAR"), tree.stream().filter(Item::levelOne)
                        .map(i -> new Item(i.province(), "district", i.year(), i.index(), i.code(), i.name(), i.max(),
                                i.kind(), i.prevCode()))
                        .collect(Collectors.toList()));
            }
        }
        List<String> provinceOrder = new ArrayList<>(units.provinces().stream().map(Province::name).toList());
        provinceOrder.add(Units.NATION);
        Comparator<Item> treeOrder = Comparator.<Item>comparingInt(i -> INDEX_ORDER.indexOf(i.index()))
                .thenComparingInt(i -> provinceOrder.indexOf(i.province())).thenComparingInt(Item::year)
                .thenComparingInt(i -> TIER_ORDER.indexOf(i.tier()));
        Map<String, List<Item>> ordered = new LinkedHashMap<>();
        byTree.values().stream().sorted(Comparator.comparing(tree -> tree.get(0), treeOrder)).forEach(tree -> {
            List<Item> sorted = new ArrayList<>(tree);
            sorted.sort((a, b) -> Codes.ORDER.compare(a.code(), b.code()));
            Item first = sorted.get(0);
            ordered.put(key(first.province(), first.tier(), first.year(), first.index()), List.copyOf(sorted));
        });
        return new Methodology(ordered);
    }

    private static String key(String province, String tier, int year, String index) {
        return province + "|" + tier + "|" + year + "|" + index;
    }

    /** The tree of a province, tier, year and index; empty when there is none. */
    List<Item> tree(String province, String tier, int year, String index) {
        return trees.getOrDefault(key(province, tier, year, index), List.of());
    }

    /** Every tree, in the order they are written. */
    Iterable<List<Item>> trees() {
        return trees.values();
    }

    int itemCount() {
        return trees.values().stream().mapToInt(List::size).sum();
    }

    static List<Item> children(List<Item> tree, String code) {
        return tree.stream().filter(i -> i.parent().equals(code)).collect(Collectors.toList());
    }

    static boolean isLeaf(List<Item> tree, Item item) {
        return children(tree, item.code()).isEmpty();
    }
}
