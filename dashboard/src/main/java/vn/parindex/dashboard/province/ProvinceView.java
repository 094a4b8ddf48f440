package vn.parindex.dashboard.province;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.chart.ChartSize;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.DomainMatrix;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Selection;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.View;

/** View 4: where the whole province loses its points, the spread of its units, units × domains. */
public final class ProvinceView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        RankingKey key = Selection.withDefaults(params, snapshot);
        Page page = new Page("Tổng quan " + key.index() + " — " + key.province() + " — năm " + key.year(),
                SelectionLinks.url("province", key));
        page.body().append(SelectionLinks.of("province", snapshot, key));
        page.body().open("p").link(SelectionLinks.url("ranking", key).toString(), "Bảng xếp hạng năm " + key.year())
                .close("p");

        List<Row> domains = snapshot.provinceSummary(key).stream()
                .filter(r -> r.str("code") != null && !r.str("code").contains("."))
                .sorted(Comparator.comparing((Row r) -> r.number("total_points_lost"),
                        Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        Map<String, String> names = domainNames(snapshot, key);
        page.heading("Tỉnh mất điểm ở đâu");
        List<String> labels = domains.stream().map(r -> r.str("code") + ". " + names.getOrDefault(r.str("code"), "")).toList();
        List<Double> lost = domains.stream().map(r -> r.number("total_points_lost")).toList();
        page.chart("diem-chua-dat", "Tổng điểm chưa đạt của các đơn vị theo lĩnh vực", (charts, format) ->
                charts.bars("Tổng điểm chưa đạt theo lĩnh vực", "Điểm chưa đạt", labels, lost, true, format,
                        ChartSize.forHorizontalBars(labels.size())));
        DataTable summary = new DataTable("tong-hop", "Tổng hợp theo lĩnh vực", "Mã", "Lĩnh vực", "Số đơn vị",
                "Tỷ lệ đạt trung bình (%)", "Thấp nhất (%)", "Cao nhất (%)", "Tổng điểm chưa đạt");
        domains.forEach(r -> summary.row(Cell.text(r.str("code")), Cell.text(names.get(r.str("code"))),
                Cell.number(r.integer("units")), Cell.number(r.number("mean_attainment")),
                Cell.number(r.number("min_attainment")), Cell.number(r.number("max_attainment")),
                Cell.number(r.number("total_points_lost"))));
        page.table(summary);

        page.heading("Phân bố chỉ số các đơn vị qua các năm");
        LinkedHashMap<String, List<Double>> byYear = new LinkedHashMap<>();
        for (int year : snapshot.years(key.province(), key.tier(), key.index())) {
            byYear.put(String.valueOf(year), snapshot.ranking(key.withYear(year)).stream()
                    .map(r -> r.number("official_value")).filter(v -> v != null).toList());
        }
        page.chart("phan-bo", "Phân bố chỉ số các đơn vị theo năm", (charts, format) ->
                charts.boxPlot("Phân bố chỉ số " + key.index(), "Chỉ số", byYear, format, ChartSize.DEFAULT));

        page.heading("Đơn vị × lĩnh vực năm " + key.year());
        DomainMatrix matrix = new DomainMatrix(snapshot, snapshot.ranking(key), r -> r.str("unit_name"));
        if (!matrix.isEmpty()) {
            page.chart("ban-do-nhiet", "Tỷ lệ đạt (%) của từng đơn vị theo lĩnh vực",
                    matrix.heatmap("Tỷ lệ đạt (%) theo lĩnh vực"));
        }
        return page.table(matrix.table("don-vi-linh-vuc", "Tỷ lệ đạt (%) theo lĩnh vực", "Đơn vị"));
    }

    /** province_summary has codes only; the names come from the units' components of that year. */
    private static Map<String, String> domainNames(Snapshot snapshot, RankingKey key) {
        Map<String, String> names = new HashMap<>();
        for (Row unit : snapshot.ranking(key)) {
            for (Row component : snapshot.components(UnitYearKey.of(unit))) {
                names.putIfAbsent(component.str("code"), component.str("name"));
            }
        }
        return names;
    }
}
