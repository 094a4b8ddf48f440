package vn.parindex.dashboard.unit;

import vn.parindex.dashboard.briefing.BriefingRoutes;

import java.util.List;
import java.util.Optional;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;

/** View 2: a unit's story — value and rank over the years, where it lost points, its plan targets. */
public final class UnitView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        UnitYear unit = UnitYear.resolve(snapshot, params);
        Row current = unit.current();
        Page page = new Page(current.str("unit_name") + " — " + unit.index() + " năm " + unit.year(),
                UnitLinks.unit(unit.unitId(), unit.index(), unit.year()));
        page.body().append(facts(snapshot, unit));
        page.download(BriefingRoutes.unitUrl(unit.unitId(), unit.index(), unit.year()),
                "Tải báo cáo Excel của đơn vị năm " + unit.year());
        page.body().append(lineage(snapshot, unit));

        page.heading("Diễn biến qua các năm");
        page.chart("chi-so", "Chỉ số qua các năm", UnitCharts.values(unit, current.str("unit_name")));
        page.chart("thu-hang", "Thứ hạng qua các năm", UnitCharts.ranks(unit, current.str("unit_name")));
        page.table(UnitTables.history(unit.history()));

        List<Row> components = snapshot.components(unit.key());
        List<Row> domains = components.stream().filter(r -> Integer.valueOf(1).equals(r.integer("level"))).toList();
        page.heading("Lĩnh vực năm " + unit.year());
        page.chart("linh-vuc", "Tỷ lệ đạt theo lĩnh vực, năm nay và năm trước", UnitCharts.domains(unit, domains));
        Row previous = unit.previous();
        if (previous != null && previous.number("score_total") != null && current.number("score_total") != null) {
            page.chart("thay-doi", "Thay đổi tổng điểm từ năm trước theo lĩnh vực",
                    UnitCharts.waterfall(previous, current, domains));
        } else {
            page.note("Không có điểm năm " + (unit.year() - 1) + " của chính đơn vị này để so sánh theo lĩnh vực.");
        }
        List<Row> selfAssessed = components.stream().filter(r -> r.number("self_score") != null).toList();
        if (!selfAssessed.isEmpty()) {
            page.chart("tu-cham", "Điểm tự chấm và điểm thẩm định", UnitCharts.selfAssessment(selfAssessed));
        }
        page.table(UnitTables.components(components));

        List<Row> drivers = snapshot.lossDrivers(unit.key());
        page.heading("Điểm chưa đạt");
        if (!drivers.isEmpty()) {
            page.chart("diem-chua-dat", "Nơi mất điểm nhiều nhất", UnitCharts.losses(drivers));
        }
        page.table(UnitTables.lossDrivers(drivers));

        page.heading("Mục tiêu");
        page.table(UnitTables.targets(snapshot.targets(unit.unitId()).stream()
                .filter(r -> unit.index().equals(r.str("index"))).toList()));
        return page;
    }

    private static Html facts(Snapshot snapshot, UnitYear unit) {
        Row row = unit.current();
        RankingKey ranking = RankingKey.of(row);
        Html out = new Html().open("dl", "class", "facts");
        out.element("dt", "Tỉnh").open("dd").link(SelectionLinks.url("ranking", ranking).toString(),
                row.str("province") + " — xếp hạng " + Labels.tier(row.str("tier")) + " năm " + unit.year()).close("dd");
        out.element("dt", "Loại đơn vị").open("dd").link(Url.of("compare").param("type", row.str("unit_type"))
                .param("index", unit.index()).toString(), "So sánh cùng loại (" + row.str("unit_type") + ")").close("dd");
        out.element("dt", "Chỉ số " + unit.index()).element("dd", Formats.number(row.number("official_value"))
                + (row.number("delta") == null ? "" : " (" + Formats.signed(row.number("delta")) + " so với năm trước)"));
        out.element("dt", "Xếp hạng").element("dd", row.integer("rank") == null ? "chưa xếp hạng"
                : "xếp thứ " + row.integer("rank") + "/" + row.integer("rank_of") + " "
                + Formats.rankMove(row.integer("rank_change")));
        out.element("dt", "Điểm chưa đạt").element("dd", Formats.number(row.number("points_lost")));
        out.close("dl").open("div", "class", "chips").element("span", "Năm:");
        for (Row year : unit.history()) {
            boolean here = year.integer("year").equals(unit.year());
            out.link(UnitLinks.unit(unit.unitId(), unit.index(), year.integer("year")).toString(),
                    String.valueOf(year.integer("year")), "class", here ? "chip current" : "chip");
        }
        out.element("span", "Chỉ số:");
        snapshot.unitYears(unit.unitId()).stream().map(r -> r.str("index")).distinct().forEach(index ->
                out.link(UnitLinks.unit(unit.unitId(), index, null).toString(), index,
                        "class", index.equals(unit.index()) ? "chip current" : "chip"));
        return out.close("div");
    }

    private static Html lineage(Snapshot snapshot, UnitYear unit) {
        Html out = new Html();
        List<Row> predecessors = Lineage.predecessors(snapshot, unit.unitId());
        Optional<Row> successor = Lineage.successor(snapshot, unit.unitId());
        if (predecessors.isEmpty() && successor.isEmpty()) {
            return out;
        }
        out.open("section", "class", "lineage").element("h2", "Sáp nhập");
        if (!predecessors.isEmpty()) {
            out.open("p").text("Đơn vị được hình thành từ năm " + unit.history().get(0).integer("year")
                    + " khi sáp nhập: ");
            for (int i = 0; i < predecessors.size(); i++) {
                Row predecessor = predecessors.get(i);
                out.text(i == 0 ? "" : ", ").append(link(predecessor, unit.index(), predecessor.integer("valid_to")));
            }
            out.text(". Năm đầu được so sánh với trung bình của các đơn vị này.").close("p");
        }
        successor.ifPresent(row -> out.open("p").text("Sau năm " + snapshot.unit(unit.unitId()).orElseThrow()
                .integer("valid_to") + " đơn vị được sáp nhập vào ").append(link(row, unit.index(),
                row.integer("valid_from"))).text(".").close("p"));
        return out.close("section");
    }

    private static Html link(Row unit, String index, Integer year) {
        return new Html().link(UnitLinks.unit(unit.str("unit_id"), index, year).toString(), unit.str("unit_name"));
    }
}
