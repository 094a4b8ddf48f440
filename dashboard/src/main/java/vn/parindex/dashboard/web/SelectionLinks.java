package vn.parindex.dashboard.web;

import java.util.Comparator;
import java.util.List;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * The choices of a province page (ranking or overview) as links that always lead to data: a province form,
 * then the tiers, indexes and years this province has, and the previous and next year.
 */
public final class SelectionLinks {
    private SelectionLinks() {
    }

    public static Url url(String path, RankingKey key) {
        return Url.of(path).param("province", key.province()).param("tier", key.tier())
                .param("index", key.index()).param("year", key.year());
    }

    public static Html of(String path, Snapshot snapshot, RankingKey key) {
        Html out = new Html();
        out.open("form", "class", "choices", "method", "get", "action", "/" + path)
                .open("label", "for", "province").text("Tỉnh").close("label")
                .open("select", "id", "province", "name", "province");
        for (String province : snapshot.provinces()) {
            out.open("option", "value", province, "selected", province.equals(key.province()) ? "selected" : null)
                    .text(province).close("option");
        }
        out.close("select").element("button", "Xem", "type", "submit").close("form");
        List<RankingKey> ofProvince = snapshot.rankingKeys().stream()
                .filter(k -> k.province().equals(key.province())).toList();
        out.open("div", "class", "chips").element("span", "Cấp:");
        ofProvince.stream().map(RankingKey::tier).distinct().forEach(tier -> chip(out, path,
                latest(ofProvince, tier, null), Labels.tier(tier), tier.equals(key.tier())));
        out.element("span", "Chỉ số:");
        ofProvince.stream().filter(k -> k.tier().equals(key.tier())).map(RankingKey::index).distinct()
                .forEach(index -> chip(out, path, latest(ofProvince, key.tier(), index), index,
                        index.equals(key.index())));
        out.close("div").open("div", "class", "chips").element("span", "Năm:");
        List<Integer> years = snapshot.years(key.province(), key.tier(), key.index());
        int at = years.indexOf(key.year());
        if (at > 0) {
            out.link(url(path, key.withYear(years.get(at - 1))).toString(), "◀ Năm trước", "class", "chip", "rel", "prev");
        }
        years.forEach(y -> chip(out, path, key.withYear(y), y.toString(), y == key.year()));
        if (at >= 0 && at < years.size() - 1) {
            out.link(url(path, key.withYear(years.get(at + 1))).toString(), "Năm sau ▶", "class", "chip", "rel", "next");
        }
        return out.close("div");
    }

    /** The latest year of the tier on the index given, or on PAR when it has PAR, else on its first index. */
    private static RankingKey latest(List<RankingKey> keys, String tier, String index) {
        List<RankingKey> ofTier = keys.stream().filter(k -> k.tier().equals(tier)).toList();
        String chosen = index != null ? index
                : ofTier.stream().anyMatch(k -> k.index().equals("PAR")) ? "PAR" : ofTier.get(0).index();
        return ofTier.stream().filter(k -> k.index().equals(chosen))
                .max(Comparator.comparingInt(RankingKey::year)).orElseThrow();
    }

    private static void chip(Html out, String path, RankingKey key, String text, boolean current) {
        out.link(url(path, key).toString(), text, "class", current ? "chip current" : "chip",
                "aria-current", current ? "page" : null);
    }
}
