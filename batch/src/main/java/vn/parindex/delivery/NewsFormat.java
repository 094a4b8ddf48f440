package vn.parindex.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.parindex.marts.RankBasis;
import vn.parindex.marts.ScoreIndex;

/** Figures as the mails write them, the way the pages and workbooks do: "87,13", "+2,60", "11/19 (công bố)", "31/12/2024". */
final class NewsFormat {
    private NewsFormat() {
    }

    /** Two decimals with a decimal comma, half up; "–" for no number. */
    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "–";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** "+2,60", "−4,67" (a minus sign), "0,00"; "–" for none. */
    static String signed(Double value) {
        if (value == null) {
            return "–";
        }
        String text = number(Math.abs(value));
        return text.equals("0,00") ? text : (value > 0 ? "+" : "\u2212") + text;
    }

    /** An index value with its scale where it has its own (PAPI: "43,85/80"). */
    static String value(Double value, String index, Double maxTotal) {
        String text = number(value);
        return ScoreIndex.onPointsScale(index) && value != null && maxTotal != null
                ? text + "/" + BigDecimal.valueOf(maxTotal).stripTrailingZeros().toPlainString() : text;
    }

    /** "11/19" with its basis: "(tính từ điểm)" or "(công bố)"; "chưa xếp hạng" without a rank. */
    static String rank(Integer rank, Integer rankOf, String basis) {
        if (rank == null) {
            return "chưa xếp hạng";
        }
        String basisLabel = RankBasis.of(basis).map(b -> " (" + b.label() + ")").orElse("");
        return rank + (rankOf == null ? "" : "/" + rankOf) + basisLabel;
    }

    /** "lên 2 bậc", "xuống 1 bậc", "giữ nguyên hạng"; else last year's rank of its own table, or null. */
    static String rankMovement(Integer rankChange, Integer prevRank, Integer prevRankOf) {
        if (rankChange != null) {
            return rankChange > 0 ? "lên " + rankChange + " bậc" : rankChange < 0 ? "xuống " + (-rankChange) + " bậc"
                    : "giữ nguyên hạng";
        }
        return prevRank == null ? null : "năm trước " + prevRank + (prevRankOf == null ? "" : "/" + prevRankOf);
    }

    static String date(LocalDate date) {
        return date == null ? "–" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }
}
