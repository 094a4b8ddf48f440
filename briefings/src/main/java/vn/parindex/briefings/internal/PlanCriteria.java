package vn.parindex.briefings.internal;

import vn.parindex.text.Codes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.briefings.data.PlanDraft;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.TargetResult;

/**
 * The criteria of a draft plan, read from the year's items: the deepest scored ones (a score none of whose children
 * has one, as the loss drivers count them), split into those at full marks (to keep, seed 002's Phụ lục 1) and those
 * that lost points (to fix, Phụ lục 2); the domain each belongs to; the tasks and next year's targets on each.
 */
final class PlanCriteria {
    private static final double HALF_CENT = 0.005;
    static final String GENERAL = "";

    private final PlanDraft draft;
    private final List<ItemResult> deepest;
    private final Map<String, String> domainNames = new LinkedHashMap<>();

    PlanCriteria(PlanDraft draft) {
        this.draft = draft;
        List<ItemResult> scored = draft.items().stream().filter(item -> item.score() != null).toList();
        this.deepest = scored.stream().filter(item -> scored.stream()
                .noneMatch(other -> other.code().startsWith(item.code() + "."))).toList();
        draft.nextDomains().forEach(domain -> domainNames.put(domain.code(), domain.name()));
        // this year's names win: the results are this year's
        draft.items().stream().filter(item -> item.level() == 1)
                .forEach(domain -> domainNames.put(domain.code(), domain.name()));
    }

    /** The level-1 code a code belongs to ("3.1.2" → "3"); blank or null: the plan as a whole. */
    static String domainOf(String code) {
        if (code == null || code.isBlank() || Codes.TOTAL.equals(code)) {
            return GENERAL;
        }
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** The domains known this year and next, in code order. */
    List<String> domainCodes() {
        return domainNames.keySet().stream().sorted(Codes.ORDER).toList();
    }

    /** The domain's name, "Lĩnh vực 3" when no tree of either year names it. */
    String domainName(String code) {
        return domainNames.getOrDefault(code, "Lĩnh vực " + code);
    }

    List<ItemResult> fullMarks() {
        return deepest.stream().filter(item -> item.pointsLost() != null && item.pointsLost() < HALF_CENT
                && item.maxPoints() != null && item.maxPoints() > 0).toList();
    }

    List<ItemResult> lostPoints() {
        return deepest.stream().filter(item -> item.pointsLost() != null && item.pointsLost() >= HALF_CENT).toList();
    }

    /** The items grouped by domain, domains in code order. */
    static Map<String, List<ItemResult>> byDomain(List<ItemResult> items) {
        Map<String, List<ItemResult>> groups = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> Codes.ORDER.compare(a.code(), b.code()))
                .forEach(item -> groups.computeIfAbsent(domainOf(item.code()), key -> new ArrayList<>()).add(item));
        return groups;
    }

    /** The pre-filled tasks that serve this item or one of its sub-items. */
    List<PlanTask> tasksFor(String code) {
        return draft.tasks().stream().filter(task -> task.code() != null
                && (task.code().equals(code) || task.code().startsWith(code + "."))).toList();
    }

    /** The plan's targets for next year on exactly this code. */
    List<TargetResult> targetsFor(String code) {
        return draft.targets().stream().filter(target -> Objects.equals(target.code(), code)).toList();
    }

    /** The domain's maximum next year when next year's tree has a domain of the same name. */
    Double nextMaximum(ItemResult domain) {
        String name = DomainNames.key(domain.name());
        return draft.nextDomains().stream().filter(next -> DomainNames.key(next.name()).equals(name))
                .map(ItemResult::maxPoints).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Points lost in survey-scored criteria, which the unit does not score itself. */
    double surveyPointsLost() {
        return lostPoints().stream().filter(ItemResult::survey).mapToDouble(ItemResult::pointsLost).sum();
    }

    double pointsLost() {
        return lostPoints().stream().mapToDouble(ItemResult::pointsLost).sum();
    }
}
