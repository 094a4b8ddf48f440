package vn.parindex.dashboard.ranking;

import vn.parindex.marts.Columns;
import java.util.List;
import java.util.Objects;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Labels;

/** What a ranking table is: how many members it really has, how many the data holds, whose ranks are shown. */
final class TableSize {
    private TableSize() {
    }

    static String describe(RankingKey key, List<MartRow> rows) {
        long unreconciled = rows.stream().filter(r -> Boolean.FALSE.equals(r.get(Columns.RECONCILED))).count();
        int members = rows.stream().map(r -> r.get(Columns.RANK_OF)).filter(Objects::nonNull).max(Integer::compare)
                .orElse(rows.size());
        boolean published = rows.stream().anyMatch(Figures::isPublishedRank);
        String unit = "province".equals(key.tier()) ? "tỉnh, thành phố" : "đơn vị";
        StringBuilder text = new StringBuilder(Labels.tier(key.tier())).append(": ");
        if (members > rows.size()) {
            text.append("bảng xếp hạng có ").append(members).append(' ').append(unit).append("; dữ liệu có ")
                    .append(rows.size()).append(published ? "; thứ hạng là thứ hạng công bố trong cả bảng " + members + " " + unit + "."
                            : "; chưa có thứ hạng công bố.");
        } else {
            text.append(rows.size()).append(' ').append(unit).append('.');
        }
        if (unreconciled > 0) {
            text.append(' ').append(unreconciled).append(" đơn vị có tổng điểm công bố không khớp với điểm tính lại.");
        }
        return text.toString();
    }
}
