package vn.parindex.dashboard.web;

import java.util.List;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Snapshot;

/** Resolves province, tier, index and year against the data: unknown values are 404s. */
public final class Selection {
    /** A page's ranking table, and a note when the province was found only without its tone marks. */
    public record Chosen(RankingKey key, String note) {
    }

    private Selection() {
    }

    /** For pages: see {@link #forPage}. */
    public static RankingKey withDefaults(String page, Params params, Snapshot snapshot) {
        return forPage(page, params, snapshot).key();
    }

    /**
     * For pages, which a picker reaches with only a province: a missing province is the first one; a missing tier
     * is the province's department table when it has one, else its first (Việt Nam has only the national table);
     * a missing index is PAR when that tier has it; a missing year the latest. A province typed without its marks
     * ("Lao Cai") is found when only one matches, with a note. A year the table does not have is a 404 that links
     * the years it has, on the same page.
     *
     * @param page the page's path ("ranking", "province", "plan")
     */
    public static Chosen forPage(String page, Params params, Snapshot snapshot) {
        String asked = params.optional("province");
        String note = null;
        String province;
        if (asked == null) {
            province = firstProvince(snapshot);
        } else if (snapshot.province(asked).isPresent()) {
            province = snapshot.province(asked).get();
        } else {
            List<String> like = snapshot.provincesLike(asked);
            if (like.size() != 1) {
                throw ClientError.notFound("không có tỉnh " + asked
                        + (like.isEmpty() ? "" : "; có phải: " + String.join(", ", like) + "?"));
            }
            province = like.get(0);
            note = "Không có “" + asked + "”; có phải bạn muốn tìm " + province + "? Đang hiển thị " + province + ".";
        }
        List<RankingKey> tables = snapshot.rankingKeys().stream().filter(k -> k.province().equals(province)).toList();
        String tier = params.optional("tier") != null ? params.tier()
                : tables.stream().anyMatch(k -> k.tier().equals("department")) ? "department" : tables.get(0).tier();
        String index = params.optional("index") != null ? params.index()
                : tables.stream().anyMatch(k -> k.tier().equals(tier) && k.index().equals("PAR")) ? "PAR"
                : tables.stream().filter(k -> k.tier().equals(tier)).map(RankingKey::index).findFirst().orElse("PAR");
        return new Chosen(resolve(snapshot, province, tier, index, params.year("year"), page), note);
    }

    /** For the API: province and year are required. */
    public static RankingKey required(Params params, Snapshot snapshot) {
        String province = province(snapshot, params.required("province"));
        Integer year = params.year("year");
        if (year == null) {
            throw ClientError.badRequest("thiếu tham số year");
        }
        return resolve(snapshot, province, params.tier(), params.index(), year, null);
    }

    public static String province(Snapshot snapshot, String asked) {
        return snapshot.province(asked).orElseThrow(() -> ClientError.notFound("không có tỉnh " + asked));
    }

    /** @param page the page whose other years a missing year links, or null (the API: the years as text) */
    private static RankingKey resolve(Snapshot snapshot, String province, String tier, String index, Integer year,
                                      String page) {
        List<Integer> years = snapshot.years(province, tier, index);
        if (years.isEmpty()) {
            throw ClientError.notFound("không có dữ liệu " + index + " cấp " + Labels.tier(tier) + " cho " + province);
        }
        int chosen = year == null ? years.get(years.size() - 1) : year;
        RankingKey key = new RankingKey(province, tier, index, chosen);
        if (!years.contains(chosen)) {
            String message = "không có dữ liệu " + index + " cấp " + Labels.tier(tier) + " của " + province + " năm " + chosen;
            if (page == null) {
                throw ClientError.notFound(message + "; các năm có dữ liệu: " + YearRanges.of(years));
            }
            Html links = new Html().open("p", "class", "years").text("Các năm có dữ liệu: ");
            for (int i = 0; i < years.size(); i++) {
                links.text(i == 0 ? "" : ", ").link(SelectionLinks.url(page, key.withYear(years.get(i))).toString(),
                        String.valueOf(years.get(i)));
            }
            throw ClientError.notFound(message + ".", links.text(".").close("p"));
        }
        return key;
    }

    private static String firstProvince(Snapshot snapshot) {
        if (snapshot.provinces().isEmpty()) {
            throw ClientError.notFound("chưa có dữ liệu");
        }
        return snapshot.provinces().get(0);
    }
}
