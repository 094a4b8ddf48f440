package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundle's own rules that the product's `validate` does not check (it checks the contract, 1.1-1.6, on the
 * written files): no score key twice, not even with the same value, so each figure has one provenance; and every
 * target on an item that exists (a target ahead of the bundled data names an item of the latest tree, up to 3
 * years back), a score_at_least target not above its item's maximum, no target twice.
 */
final class DataChecks {
    private DataChecks() {
    }

    static List<String> violations(Units units, Methodology methodology, ScoreBook book, List<Target> targets) {
        List<String> violations = new ArrayList<>();
        Map<String, Score> seen = new HashMap<>();
        for (Score s : book.rows()) {
            String key = s.province() + "|" + s.year() + "|" + s.unitId() + "|" + s.index() + "|" + s.code();
            Score other = seen.putIfAbsent(key, s);
            if (other != null) {
                violations.add("score " + key + " in " + other.file() + " and again in " + s.file());
            }
        }
        Set<String> targetKeys = new HashSet<>();
        for (Target t : targets) {
            if (!targetKeys.add(t.unitId() + "|" + t.year() + "|" + t.index() + "|" + t.code() + "|" + t.kind())) {
                violations.add("target " + t + " given twice");
            }
            Unit u = units.get(t.unitId());
            List<Item> tree = methodology.tree(t.province(), u.tier(), t.year(), t.index());
            boolean dataThatYear = !book.rows(t.province(), t.year(), t.index()).isEmpty();
            for (int back = 1; back <= 3 && tree.isEmpty() && !dataThatYear; back++) {
                tree = methodology.tree(t.province(), u.tier(), t.year() - back, t.index());
            }
            if (t.code().equals("TOTAL")) {
                continue;
            }
            Item item = tree.stream().filter(i -> i.code().equals(t.code())).findFirst().orElse(null);
            if (item == null) {
                violations.add("target " + t + ": no item " + t.code() + " in the " + t.province() + " " + u.tier() + " "
                        + t.index() + " tree of " + t.year() + " or the latest before it");
            } else if (t.kind().equals("score_at_least") && Double.parseDouble(t.value()) > item.max() + 1e-9) {
                violations.add("target " + t + ": above the item's maximum " + item.max());
            }
        }
        return violations;
    }
}
