package vn.parindex.dashboard.ranking;

import vn.parindex.marts.Columns;
import vn.parindex.dashboard.briefing.BriefingRoutes;

import java.util.List;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.views.RankingTable;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Selection;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.ShownCells;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.View;

/** View 1: who ranks where in a province, tier, index and year, and who moved. */
public final class RankingView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        Selection.Chosen chosen = Selection.forPage("ranking", params, snapshot);
        RankingKey key = chosen.key();
        List<MartRow> rows = snapshot.ranking(key);
        Page page = new Page("Xếp hạng " + key.index() + " — " + key.province() + " — năm " + key.year(),
                SelectionLinks.url("ranking", key));
        if (chosen.note() != null) {
            page.note(chosen.note());
        }
        page.body().append(SelectionLinks.of("ranking", snapshot, key));
        page.note(TableSize.describe(key, rows));
        page.body().open("p", "class", "no-print").link(SelectionLinks.url("province", key).toString(),
                "Tổng quan tỉnh năm " + key.year()).close("p");
        if (rows.stream().anyMatch(r -> r.get(Columns.RANK) != null)) {
            page.download(BriefingRoutes.provinceUrl(key), "Tải báo cáo Excel (Báo cáo Chỉ số CCHC năm " + key.year() + ")");
        }
        page.table(table(rows));
        List<MartRow> valued = rows.stream().filter(r -> r.get(Columns.OFFICIAL_VALUE) != null).toList();
        String axis = Labels.valueAxis(key.index(), valued.isEmpty() ? null : Figures.scale(valued.get(0)));
        List<String> names = valued.stream().map(r -> r.get(Columns.UNIT_NAME) + ChartLabels.tag(r.get(Columns.PROVENANCE))).toList();
        page.chart("xep-hang", "Chỉ số " + key.index() + " theo thứ hạng", (charts, format) -> charts.bars(
                ChartLabels.titled("Chỉ số " + key.index() + " " + key.province() + " " + key.year(), valued),
                axis, names, valued.stream().map(r -> r.get(Columns.OFFICIAL_VALUE)).toList(), true, format,
                ChartSize.forHorizontalBars(Math.min(valued.size(), 150))));
        return page;
    }

    private static DataTable table(List<MartRow> rows) {
        return ShownCells.table("xep-hang", "Bảng xếp hạng", RankingTable.COLUMNS, rows);
    }
}
