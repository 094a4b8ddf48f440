package vn.parindex.annex;

import java.util.Optional;
import vn.parindex.marts.Tier;
import vn.parindex.text.Names;

/** Group rows inside the table ("I. CÁC SỞ, BAN, NGÀNH", "II. UBND CÁC HUYỆN, THÀNH PHỐ") and the tier they set. */
final class GroupRows {
    private GroupRows() {
    }

    static Optional<Tier> tier(String groupText) {
        String key = Names.key(groupText);
        // "Các sở, ban, ngành thuộc UBND thành phố" is the department table of a city: checked first.
        if (key.contains("sở") || key.contains("ban, ngành") || key.contains("ban ngành") || key.contains("cơ quan")) {
            return Optional.of(Tier.DEPARTMENT);
        }
        if (key.contains("huyện") || key.contains("thị xã") || key.contains("thành phố") || key.contains("quận")) {
            return Optional.of(Tier.DISTRICT);
        }
        if (key.contains("xã") || key.contains("phường") || key.contains("thị trấn")) {
            return Optional.of(Tier.COMMUNE);
        }
        return Optional.empty();
    }

    /** Rows that summarise the table rather than score a unit. */
    static boolean isSummary(String unitText) {
        String key = Names.key(unitText);
        return key.startsWith("tổng cộng") || key.startsWith("trung bình") || key.startsWith("bình quân")
                || key.equals("cộng") || key.startsWith("điểm trung bình");
    }
}
