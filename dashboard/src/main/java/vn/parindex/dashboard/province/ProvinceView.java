package vn.parindex.dashboard.province;

import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.web.PlanLinks;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.ChartLabels;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.DomainMatrix;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Selection;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.View;

/** View 4: where the whole province loses its points, the spread of its units, units × domains. */
public final class ProvinceView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        RankingKey key = Selection.withDefaults("province", params, snapshot);
        Page page = new Page("Tổng quan " + key.index() + " — " + key.province() + " — năm " + key.year(),
                SelectionLinks.url("province", key));
        page.body().append(SelectionLinks.of("province", snapshot, key));
        page.body().open("p").link(SelectionLinks.url("ranking", key).toString(), "Bảng xếp hạng năm " + key.year())
                .text(" · ").link(PlanLinks.province(key).toString(), "Kế hoạch cải thiện của các đơn vị").close("p");

        page.heading("Tỉnh mất điểm ở đâu");
        losses(page, snapshot, key);

        page.heading("Phân bố chỉ số các đơn vị qua các năm");
        LinkedHashMap<String, List<Double>> byYear = new LinkedHashMap<>();
        List<MartRow> everyYear = new ArrayList<>();
        for (int year : snapshot.years(key.province(), key.tier(), key.index())) {
            List<MartRow> ofYear = snapshot.ranking(key.withYear(year));
            everyYear.addAll(ofYear);
            byYear.put(String.valueOf(year), ofYear.stream()
                    .map(r -> r.get(Columns.OFFICIAL_VALUE)).filter(v -> v != null).toList());
        }
        // a saved chart still says which figures are not published, and PAPI keeps its own scale
        String spreadTitle = ChartLabels.titled("Phân bố chỉ số " + key.index(), everyYear);
        String axis = Labels.valueAxis(key.index(), everyYear.isEmpty() ? null : Figures.scale(everyYear.get(0)));
        page.chart("phan-bo", "Phân bố chỉ số các đơn vị theo năm", (charts, format) ->
                charts.boxPlot(spreadTitle, axis, byYear, format, ChartSize.DEFAULT));

        page.heading("Đơn vị × lĩnh vực năm " + key.year());
        DomainMatrix matrix = new DomainMatrix(snapshot, snapshot.ranking(key), r -> r.get(Columns.UNIT_NAME));
        if (!matrix.isEmpty()) {
            page.chart("ban-do-nhiet", "Tỷ lệ đạt (%) của từng đơn vị theo lĩnh vực",
                    matrix.heatmap(ChartLabels.titled("Tỷ lệ đạt (%) theo lĩnh vực", snapshot.ranking(key))));
        }
        return page.table(matrix.table("don-vi-linh-vuc", "Tỷ lệ đạt (%) theo lĩnh vực", "Đơn vị"));
    }

    /**
     * Points lost per domain in index points summed over the units (units of different maxima are comparable only
     * so), with the attainment spread of province_summary beside them.
     */
    private static void losses(Page page, Snapshot snapshot, RankingKey key) {
        ProvinceLosses losses = ProvinceLosses.of(snapshot, snapshot.ranking(key));
        Map<String, MartRow> summary = new HashMap<>();
        snapshot.provinceSummary(key).forEach(r -> summary.put(r.get(Columns.CODE), r));
        String points = Figures.PAPI.equals(key.index()) ? "điểm PAPI" : "điểm chỉ số";
        List<String> labels = losses.domains().stream().map(d -> d.code() + ". " + d.name()
                + ChartLabels.tag(d.provenance())).toList();
        List<Double> lost = losses.domains().stream().map(ProvinceLosses.Domain::indexPointsLost).toList();
        List<MartRow> marks = snapshot.ranking(key);
        page.chart("diem-chua-dat", "Tổng điểm chưa đạt của các đơn vị theo lĩnh vực (" + points + ")",
                (charts, format) -> charts.bars(ChartLabels.titled("Tổng điểm chưa đạt theo lĩnh vực (" + points + ")",
                        marks), "Điểm chưa đạt (" + points + ")", labels, lost, true, format,
                        ChartSize.forHorizontalBars(labels.size())));
        DataTable table = new DataTable("tong-hop", "Tổng hợp theo lĩnh vực", "Mã", "Lĩnh vực", "Số đơn vị",
                "Tỷ lệ đạt trung bình (%)", "Thấp nhất (%)", "Cao nhất (%)", "Tổng điểm chưa đạt (" + points + ")",
                "Bình quân mỗi đơn vị (" + points + ")", "Nguồn số liệu");
        for (ProvinceLosses.Domain d : losses.domains()) {
            MartRow spread = summary.get(d.code());
            table.row(Cell.text(d.code()), Cell.text(d.name()), Cell.number(d.units()),
                    Cell.number(spread == null ? null : spread.get(Columns.MEAN_ATTAINMENT)),
                    Cell.number(spread == null ? null : spread.get(Columns.MIN_ATTAINMENT)),
                    Cell.number(spread == null ? null : spread.get(Columns.MAX_ATTAINMENT)),
                    Cell.number(d.indexPointsLost()).from(d.provenance(), null), Cell.number(d.perUnit()),
                    Cell.provenanceOf(d.provenance(), null));
        }
        page.table(table);
    }
}
