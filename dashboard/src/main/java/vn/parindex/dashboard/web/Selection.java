package vn.parindex.dashboard.web;

import java.util.List;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Snapshot;

/** Resolves province, tier, index and year against the data: unknown values are 404s. */
public final class Selection {
    private Selection() {
    }

    /** For pages: a missing province is the first one, a missing year the latest with data. */
    public static RankingKey withDefaults(Params params, Snapshot snapshot) {
        String asked = params.optional("province");
        String province = asked == null ? firstProvince(snapshot) : province(snapshot, asked);
        return resolve(params, snapshot, province, params.year("year"));
    }

    /** For the API: province and year are required. */
    public static RankingKey required(Params params, Snapshot snapshot) {
        String province = province(snapshot, params.required("province"));
        Integer year = params.year("year");
        if (year == null) {
            throw ClientError.badRequest("thiếu tham số year");
        }
        return resolve(params, snapshot, province, year);
    }

    public static String province(Snapshot snapshot, String asked) {
        return snapshot.province(asked).orElseThrow(() -> ClientError.notFound("không có tỉnh " + asked));
    }

    private static RankingKey resolve(Params params, Snapshot snapshot, String province, Integer year) {
        String tier = params.tier();
        String index = params.index();
        List<Integer> years = snapshot.years(province, tier, index);
        if (years.isEmpty()) {
            throw ClientError.notFound("không có dữ liệu " + index + " cấp " + tier + " cho " + province);
        }
        int chosen = year == null ? years.get(years.size() - 1) : year;
        if (!years.contains(chosen)) {
            throw ClientError.notFound("không có dữ liệu năm " + chosen);
        }
        return new RankingKey(province, tier, index, chosen);
    }

    private static String firstProvince(Snapshot snapshot) {
        if (snapshot.provinces().isEmpty()) {
            throw ClientError.notFound("chưa có dữ liệu");
        }
        return snapshot.provinces().get(0);
    }
}
