package vn.parindex.dashboard.ranking;

import vn.parindex.dashboard.briefing.BriefingRoutes;

import java.util.List;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Selection;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.View;

/** View 1: who ranks where in a province, tier, index and year, and who moved. */
public final class RankingView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        RankingKey key = Selection.withDefaults(params, snapshot);
        List<Row> rows = snapshot.ranking(key);
        Page page = new Page("Xếp hạng " + key.index() + " — " + key.province() + " — năm " + key.year(),
                SelectionLinks.url("ranking", key));
        page.body().append(SelectionLinks.of("ranking", snapshot, key));
        long unreconciled = rows.stream().filter(r -> Boolean.FALSE.equals(r.bool("reconciled"))).count();
        page.note(Labels.tier(key.tier()) + ": " + rows.size() + " đơn vị"
                + (unreconciled == 0 ? "." : "; " + unreconciled + " đơn vị có tổng điểm hoặc thứ hạng công bố không khớp."));
        page.body().open("p").link(SelectionLinks.url("province", key).toString(), "Tổng quan tỉnh năm " + key.year())
                .close("p");
        if (rows.stream().anyMatch(r -> r.integer("rank") != null)) {
            page.download(BriefingRoutes.provinceUrl(key), "Tải báo cáo Excel (Báo cáo Chỉ số CCHC năm " + key.year() + ")");
        }
        page.table(table(rows));
        List<Row> ranked = rows.stream().filter(r -> r.number("official_value") != null).toList();
        page.chart("xep-hang", "Chỉ số " + key.index() + " theo thứ hạng", (charts, format) -> charts.bars(
                "Chỉ số " + key.index() + " " + key.province() + " " + key.year(), "Chỉ số",
                ranked.stream().map(r -> r.str("unit_name")).toList(),
                ranked.stream().map(r -> r.number("official_value")).toList(), true, format,
                ChartSize.forHorizontalBars(Math.min(ranked.size(), 150))));
        return page;
    }

    private static DataTable table(List<Row> rows) {
        DataTable table = new DataTable("xep-hang", "Bảng xếp hạng", "Xếp hạng", "Đơn vị", "Chỉ số",
                "Điểm chưa đạt", "Thay đổi", "Thứ hạng thay đổi", "Xếp hạng năm trước", "Đối chiếu công bố");
        for (Row row : rows) {
            Integer move = row.integer("rank_change");
            table.row(UnitLinks.rank(row), UnitLinks.name(row), Cell.number(row.number("official_value")),
                    Cell.number(row.number("points_lost")), Cell.signed(row.number("delta")),
                    new Cell(Formats.rankMove(move), move == null ? "" : move.toString(), null,
                            move == null || move == 0 ? "num" : move > 0 ? "num up" : "num down"),
                    Cell.number(row.integer("prev_rank")), UnitLinks.reconciliation(row));
        }
        return table;
    }
}
