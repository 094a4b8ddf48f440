package vn.parindex.dashboard.web;

import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.TargetStatus;
import vn.parindex.marts.Tier;

/** Vietnamese words for the data's codes. */
public final class Labels {
    private Labels() {
    }

    public static String tier(String tier) {
        return Tier.label(tier);
    }

    /** The value axis of a chart of one index: PAPI on its own points scale, the others 0–100. */
    public static String valueAxis(String index, Double scale) {
        return ScoreIndex.onPointsScale(index)
                ? "Điểm PAPI" + (scale == null ? "" : " (thang " + Figures.scaleText(scale) + ")") : "Chỉ số (0–100)";
    }

    public static String targetStatus(String status) {
        return status == null ? "–" : TargetStatus.label(status);
    }
}
