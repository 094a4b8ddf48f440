package vn.parindex.plans;

import vn.parindex.reference.Methodology;
import vn.parindex.reference.TreeKey;

/**
 * Whether a task's code is a methodology item (contract 1.7): in the plan year's tree, else in any year's tree of
 * the same province, tier and index — a plan is often written before that year's methodology is published.
 */
final class PlanItems {
    private PlanItems() {
    }

    static boolean known(Methodology methodology, TreeKey planYearTree, String code) {
        if (methodology.tree(planYearTree).flatMap(tree -> tree.item(code)).isPresent()) {
            return true;
        }
        return methodology.trees().stream()
                .filter(tree -> sameTable(tree.key(), planYearTree))
                .anyMatch(tree -> tree.item(code).isPresent());
    }

    private static boolean sameTable(TreeKey a, TreeKey b) {
        return a.province().equals(b.province()) && a.tier() == b.tier() && a.index() == b.index();
    }
}
