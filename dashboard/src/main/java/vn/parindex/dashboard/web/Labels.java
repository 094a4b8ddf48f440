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

    public static String targetStatus(String status) {
        return status == null ? "–" : TARGET_STATUS.getOrDefault(status, status);
    }
}
