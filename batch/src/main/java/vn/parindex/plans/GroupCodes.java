package vn.parindex.plans;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.parindex.annex.HeaderColumns;
import vn.parindex.marts.Tier;
import vn.parindex.reference.MethodologyItem;
import vn.parindex.reference.MethodologyTree;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.TreeKey;

/**
 * The level-1 item a plan's group row names (contract 1.8), matched by name without quotes and without a leading
 * "Chỉ số nội dung" / "Lĩnh vực": in the plan year's tree of the unit's province, tier and index, else the latest
 * year's. Plans word domains loosely, so names also match with "CCHC" spelled out, without a leading "Công tác"
 * and when one begins with the other ("Cải cách tổ chức bộ máy và hoạt động của cơ quan nhà nước").
 */
final class GroupCodes {
    private static final Pattern QUOTES = Pattern.compile("[\"“”„‘’'«»]");
    private static final Pattern LEAD_IN =
            Pattern.compile("^(?:chỉ số nội dung|chỉ số thành phần|lĩnh vực|nội dung)\\s*:?\\s*");

    private final List<MethodologyItem> domains;

    GroupCodes(ReferenceData reference, PlanHeading heading) {
        Tier tier = heading.unit().tier();
        TreeKey key = new TreeKey(heading.unit().province(), tier, heading.planYear(), heading.index());
        Optional<MethodologyTree> tree = reference.methodology().tree(key);
        if (tree.isEmpty()) {
            tree = reference.methodology().trees().stream()
                    .filter(t -> t.key().province().equals(key.province()) && t.key().tier() == tier
                            && t.key().index() == key.index())
                    .max(Comparator.comparingInt(t -> t.key().year()));
        }
        this.domains = tree.map(t -> t.items().stream().filter(MethodologyItem::isDomain).toList()).orElse(List.of());
    }

    Optional<String> code(String groupName) {
        String name = simplified(groupName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        MethodologyItem best = null;
        for (MethodologyItem item : domains) {
            String domain = simplified(item.name());
            boolean matches = domain.equals(name) || name.startsWith(domain + " ") || domain.startsWith(name + " ");
            if (matches && (best == null || domain.length() > simplified(best.name()).length())) {
                best = item;
            }
        }
        return Optional.ofNullable(best).map(MethodologyItem::code);
    }

    static String simplified(String text) {
        String key = HeaderColumns.domainKey(QUOTES.matcher(text).replaceAll(" "));
        key = LEAD_IN.matcher(key).replaceFirst("");
        key = key.replace("cchc", "cải cách hành chính").replaceAll("[,;:]", " ").replaceAll("\\s+", " ").strip();
        return key.startsWith("công tác ") ? key.substring("công tác ".length()) : key;
    }
}
