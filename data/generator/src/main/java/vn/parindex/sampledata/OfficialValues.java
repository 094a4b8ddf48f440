package vn.parindex.sampledata;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's rules (section 2) the generator needs to make consistent tables: a unit-year's official value
 * (the TOTAL given, else the index of its level-1 items) and the competition rank on 2-decimal values. The product
 * computes the same; these are used to write the synthetic RANK rows and to measure plausibility.
 */
final class OfficialValues {
    private final Units units;
    private final Methodology methodology;
    private final ScoreBook book;

    OfficialValues(Units units, Methodology methodology, ScoreBook book) {
        this.units = units;
        this.methodology = methodology;
        this.book = book;
    }

    /** official_value per unit id of a table, in the order the units first appear in the rows. */
    Map<String, Double> of(String province, String tier, int year, String index) {
        Map<String, Map<String, String>> byUnit = new LinkedHashMap<>();
        for (Score s : book.rows(province, year, index)) {
            if (units.get(s.unitId()).tier().equals(tier)) {
                byUnit.computeIfAbsent(s.unitId(), k -> new HashMap<>()).put(s.code(), s.score());
            }
        }
        List<Item> tree = methodology.tree(province, tier, year, index);
        Map<String, Double> official = new LinkedHashMap<>();
        byUnit.forEach((id, given) -> {
            Double value = given.containsKey("TOTAL") ? Double.valueOf(given.get("TOTAL")) : indexValue(tree, given, index);
            if (value != null) {
                official.put(id, value);
            }
        });
        return official;
    }

    /** 100 x score_total / max_total over the applicable level-1 items; PAPI keeps its own points scale. */
    static Double indexValue(List<Item> tree, Map<String, String> given, String index) {
        double score = 0;
        double max = 0;
        for (Item top : tree) {
            if (!top.levelOne() || "NA".equals(given.get(top.code()))) {
                continue;
            }
            Double v = itemScore(tree, top, given);
            if (v == null) {
                return null; // incomplete unit-year
            }
            score += v;
            max += top.max();
        }
        return max == 0 ? null : index.equals("PAPI") ? score : 100 * score / max;
    }

    /** An item's score: given, else the sum of its children's; null if a leaf is missing. */
    static Double itemScore(List<Item> tree, Item item, Map<String, String> given) {
        String s = given.get(item.code());
        if (s != null && !s.equals("NA")) {
            return Double.valueOf(s);
        }
        List<Item> children = Methodology.children(tree, item.code());
        if (children.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Item c : children) {
            Double v = itemScore(tree, c, given);
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    /** Rank by official value rounded to 2 decimals, highest first, ties share the best rank. */
    static Map<String, Integer> ranks(Map<String, Double> official) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        official.forEach((id, v) -> {
            double mine = Decimals.round2(v);
            int better = (int) official.values().stream().filter(o -> Decimals.round2(o) > mine).count();
            ranks.put(id, better + 1);
        });
        return ranks;
    }
}
