package vn.parindex.dashboard.web;

import java.util.Map;

/** Vietnamese words for the data's codes. */
public final class Labels {
    private static final Map<String, String> TIERS = Map.of("department", "Sở, ban, ngành",
            "district", "UBND cấp huyện", "commune", "UBND cấp xã", "province", "Cấp tỉnh");
    private static final Map<String, String> TARGET_STATUS = Map.of("met", "Đạt", "missed", "Chưa đạt",
            "pending", "Chờ kết quả");

    private Labels() {
    }

    public static String tier(String tier) {
        return TIERS.getOrDefault(tier, tier);
    }

    /** The value axis of a chart of one index: PAPI on its own points scale, the others 0–100. */
    public static String valueAxis(String index, Double scale) {
        return Figures.PAPI.equals(index)
                ? "Điểm PAPI" + (scale == null ? "" : " (thang " + Figures.scaleText(scale) + ")") : "Chỉ số (0–100)";
    }

    public static String targetStatus(String status) {
        return status == null ? "–" : TARGET_STATUS.getOrDefault(status, status);
    }
}
