package vn.parindex.dashboard.unit;

import vn.parindex.marts.Columns;
import vn.parindex.marts.Provenance;
import vn.parindex.dashboard.briefing.BriefingRoutes;
import vn.parindex.dashboard.web.PlanLinks;

import java.util.List;
import java.util.Optional;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Figures;
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
        MartRow current = unit.current();
        String name = current.get(Columns.UNIT_NAME) + " (" + current.get(Columns.PROVINCE) + ")";
        Page page = new Page(name + " — " + unit.index() + " năm " + unit.year(),
                UnitLinks.unit(unit.unitId(), unit.index(), unit.year()));
        if (unit.note() != null) {
            page.note(unit.note());
        }
        page.body().append(OtherIndexes.of(snapshot.unitYears(unit.unitId()), unit.index()));
        page.body().append(UnitFacts.of(snapshot, unit));
        if (current.get(Columns.RANK) != null || current.get(Columns.OFFICIAL_VALUE) != null) {
            page.download(BriefingRoutes.unitUrl(unit.unitId(), unit.index(), unit.year()),
                    "Tải báo cáo Excel của đơn vị năm " + unit.year());
        }
        page.body().open("p", "class", "no-print").link(PlanLinks.unit(unit.unitId(), unit.index(), unit.year())
                .toString(), "Kế hoạch: cần bao nhiêu điểm, nhiệm vụ năm " + (unit.year() + 1)).close("p");
        page.body().append(lineage(snapshot, unit));

        page.heading("Diễn biến qua các năm");
        page.chart("chi-so", "Chỉ số qua các năm", UnitCharts.values(unit, name));
        page.chart("thu-hang", "Thứ hạng qua các năm (kèm số đơn vị của bảng)", UnitCharts.ranks(unit, name));
        page.table(UnitTables.history(unit.history()));

        List<MartRow> components = snapshot.components(unit.key());
        List<MartRow> domains = components.stream().filter(r -> Integer.valueOf(1).equals(r.get(Columns.LEVEL))).toList();
        page.heading("Lĩnh vực năm " + unit.year());
        if (domains.isEmpty()) {
            page.note("Năm này chỉ có tổng điểm hoặc thứ hạng công bố, không có điểm theo lĩnh vực.");
            return targets(snapshot, unit, page);
        }
        String lossUnit = Figures.PAPI.equals(unit.index()) ? "điểm PAPI" : "điểm chỉ số";
        PreviousYear previous = PreviousYear.of(snapshot, current);
        List<String> attainments = new java.util.ArrayList<>(domains.stream().map(d -> d.get(Columns.PROVENANCE))
                .toList());
        attainments.addAll(domains.stream().map(previous::of).toList());
        page.chart("linh-vuc", "Tỷ lệ đạt theo lĩnh vực, năm nay và năm trước"
                + Provenance.weakest(attainments).tag(), UnitCharts.domains(unit, domains, previous));
        Optional<Waterfall> waterfall = Waterfall.of(current, unit.previous(), domains);
        if (waterfall.isPresent()) {
            List<String> steps = waterfallProvenances(domains, current, previous);
            page.chart("thay-doi", "Thay đổi chỉ số từ năm trước theo lĩnh vực (" + lossUnit + "), từ "
                            + Formats.number(waterfall.get().start()) + " đến " + Formats.number(waterfall.get().end())
                            + Provenance.weakest(steps).tag(),
                    UnitCharts.waterfall(waterfall.get(), unit.year(), Labels.valueAxis(unit.index(),
                            Figures.scale(current)), steps));
        } else {
            page.note("Không có điểm theo lĩnh vực năm " + (unit.year() - 1) + " để so sánh theo lĩnh vực.");
        }
        Optional<DomainLosses> losses = DomainLosses.of(current, domains);
        if (losses.isPresent()) {
            page.chart("diem-chua-dat-linh-vuc", "Điểm chưa đạt theo lĩnh vực (" + lossUnit + ")",
                    UnitCharts.losses(losses.get(), lossUnit));
            page.table(UnitTables.losses(losses.get(), lossUnit));
        }
        List<MartRow> selfAssessed = components.stream().filter(r -> r.get(Columns.SELF_SCORE) != null).toList();
        if (!selfAssessed.isEmpty()) {
            page.chart("tu-cham", "Điểm tự chấm và điểm thẩm định", UnitCharts.selfAssessment(selfAssessed));
        }
        page.table(UnitTables.components(components, previous));

        List<MartRow> drivers = snapshot.lossDrivers(unit.key());
        page.table(UnitTables.lossDrivers(drivers, current)); // its caption is the section's title: said once
        return targets(snapshot, unit, page);
    }

    private static Page targets(Snapshot snapshot, UnitYear unit, Page page) {
        page.heading("Mục tiêu");
        return page.table(UnitTables.targets(snapshot.targets(unit.unitId()).stream()
                .filter(r -> unit.index().equals(r.get(Columns.INDEX))).toList(), target -> judgedOn(snapshot, unit,
                target)));
    }

    /** The steps' provenances: each domain's change on last year, and the unit's (the difference, the rest). */
    private static List<String> waterfallProvenances(List<MartRow> domains, MartRow current, PreviousYear previous) {
        List<String> kinds = new java.util.ArrayList<>(domains.stream().map(previous::change).toList());
        kinds.add(previous.unitChange(current));
        return kinds;
    }

    /**
     * What a target was judged on: the result of its year, the unit's (a target on the total or the rank) or the
     * item's; without a unit row that year, the weakest of its item scores; null (published) with no result at all.
     */
    private static String judgedOn(Snapshot snapshot, UnitYear unit, MartRow target) {
        Integer year = target.get(Columns.YEAR);
        if (year == null) {
            return null;
        }
        String result = unit.history().stream().filter(r -> year.equals(r.get(Columns.YEAR)))
                .map(r -> Provenance.orPublished(r.get(Columns.PROVENANCE)).code()).findFirst().orElse(null);
        List<MartRow> items = snapshot.components(new vn.parindex.dashboard.snapshot.UnitYearKey(unit.unitId(),
                unit.index(), year));
        String code = target.get(Columns.CODE);
        if (code != null && !"TOTAL".equals(code)) {
            Optional<String> item = items.stream().filter(r -> code.equals(r.get(Columns.CODE)))
                    .map(r -> Provenance.orPublished(r.get(Columns.PROVENANCE)).code()).findFirst();
            if (item.isPresent()) {
                return item.get();
            }
        }
        if (result != null || items.isEmpty()) {
            return result;
        }
        return Provenance.weakest(items.stream().map(r -> r.get(Columns.PROVENANCE)).toList()).code();
    }

    private static Html lineage(Snapshot snapshot, UnitYear unit) {
        Html out = new Html();
        List<MartRow> predecessors = Lineage.predecessors(snapshot, unit.unitId());
        Optional<MartRow> successor = Lineage.successor(snapshot, unit.unitId());
        if (predecessors.isEmpty() && successor.isEmpty()) {
            return out;
        }
        out.open("section", "class", "lineage").element("h2", "Sáp nhập");
        if (!predecessors.isEmpty()) {
            out.open("p").text("Đơn vị được hình thành từ năm " + unit.history().get(0).get(Columns.YEAR)
                    + " khi sáp nhập: ");
            for (int i = 0; i < predecessors.size(); i++) {
                MartRow predecessor = predecessors.get(i);
                out.text(i == 0 ? "" : ", ").append(link(predecessor, unit.index(), predecessor.get(Columns.VALID_TO)));
            }
            out.text(". Năm đầu được so sánh với trung bình của các đơn vị này.").close("p");
        }
        successor.ifPresent(row -> out.open("p").text("Sau năm " + snapshot.unit(unit.unitId()).orElseThrow()
                .get(Columns.VALID_TO) + " đơn vị được sáp nhập vào ").append(link(row, unit.index(),
                row.get(Columns.VALID_FROM))).text(".").close("p"));
        return out.close("section");
    }

    private static Html link(MartRow unit, String index, Integer year) {
        return new Html().link(UnitLinks.unit(unit.get(Columns.UNIT_ID), index, year).toString(), unit.get(Columns.UNIT_NAME));
    }
}
