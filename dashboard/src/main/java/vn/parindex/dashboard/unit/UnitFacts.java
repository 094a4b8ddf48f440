package vn.parindex.dashboard.unit;

import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Provenance;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.marts.GapToBest;

/** The headline of a unit page: value on its scale, rank with its table and basis, points lost, provenance. */
final class UnitFacts {
    private UnitFacts() {
    }

    static Html of(Snapshot snapshot, UnitYear unit) {
        Row row = unit.current();
        String provenance = row.str("provenance");
        String source = row.str("source");
        RankingKey ranking = RankingKey.of(row);
        Html out = new Html().open("dl", "class", "facts");
        out.element("dt", "Tỉnh").open("dd").link(SelectionLinks.url("ranking", ranking).toString(),
                row.str("province") + " — xếp hạng " + Labels.tier(row.str("tier")) + " năm " + unit.year()).close("dd");
        out.element("dt", "Loại đơn vị").open("dd").link(Url.of("compare").param("type", row.str("unit_type"))
                .param("index", unit.index()).toString(), "So sánh cùng loại (" + row.str("unit_type") + ")").close("dd");
        out.element("dt", "Chỉ số " + unit.index());
        out.open("dd", "class", "headline", "data-provenance", Provenance.attribute(provenance))
                .element("strong", Figures.value(row), "class", "value")
                .text(row.number("delta") == null ? "" : " (" + Formats.signed(row.number("delta"))
                        + " so với năm trước)");
        Provenance.mark(out, provenance, source).close("dd");
        if (Boolean.FALSE.equals(row.bool("reconciled"))) {
            out.element("dt", "Tính lại từ điểm thành phần").element("dd", Figures.withScale(row, row.number("index_value"))
                    + (row.number("score_total") == null ? "" : " (" + Formats.number(
                    row.number("score_total")) + "/" + Formats.number(row.number("max_total"))
                    + " điểm) — không khớp với số công bố " + Figures.value(row)), "class", "recomputed");
        }
        out.element("dt", "Xếp hạng").open("dd", "class", "rank", "data-provenance", Provenance.attribute(provenance))
                .text(row.integer("rank") == null ? "chưa xếp hạng" : "xếp thứ " + Figures.rank(row))
                .text(gapToBest(row))
                .text(" · " + movement(row));
        Provenance.mark(out, provenance, source).close("dd");
        out.element("dt", "Điểm chưa đạt").element("dd", Figures.withScale(row, row.number("points_lost")), "class",
                "points-lost");
        out.close("dl").open("div", "class", "chips no-print").element("span", "Năm:");
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

    /** " · kém đơn vị dẫn đầu 3,25 điểm", " · dẫn đầu"; nothing without a computed rank (a partial table). */
    private static String gapToBest(Row row) {
        String phrase = GapToBest.phrase(row.number("gap_to_best"), Formats::number);
        return phrase == null ? "" : " · " + phrase;
    }

    private static String movement(Row row) {
        String movement = Figures.movement(row);
        return row.integer("rank_change") == null ? movement : "so với năm trước " + movement;
    }
}
