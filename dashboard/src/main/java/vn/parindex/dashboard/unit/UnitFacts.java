package vn.parindex.dashboard.unit;

import vn.parindex.dashboard.web.SourceMarks;
import vn.parindex.marts.Columns;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.marts.GapToBest;

/** The headline of a unit page: value on its scale, rank with its table and basis, points lost, provenance. */
final class UnitFacts {
    private UnitFacts() {
    }

    static Html of(Snapshot snapshot, UnitYear unit) {
        MartRow row = unit.current();
        String provenance = row.get(Columns.PROVENANCE);
        String source = row.get(Columns.SOURCE);
        RankingKey ranking = RankingKey.of(row);
        Html out = new Html().open("dl", "class", "facts");
        out.element("dt", "Tỉnh").open("dd").link(SelectionLinks.url("ranking", ranking).toString(),
                row.get(Columns.PROVINCE) + " — xếp hạng " + Labels.tier(row.get(Columns.TIER)) + " năm " + unit.year()).close("dd");
        out.element("dt", "Loại đơn vị").open("dd").link(Url.of("compare").param("type", row.get(Columns.UNIT_TYPE))
                .param("index", unit.index()).toString(), "So sánh cùng loại (" + row.get(Columns.UNIT_TYPE) + ")").close("dd");
        out.element("dt", "Chỉ số " + unit.index());
        out.open("dd", "class", "headline", "data-provenance", SourceMarks.attribute(provenance))
                .element("strong", Figures.value(row), "class", "value")
                .text(row.get(Columns.DELTA) == null ? "" : " (" + Formats.signed(row.get(Columns.DELTA))
                        + " so với năm trước)");
        SourceMarks.mark(out, provenance, source).close("dd");
        if (Boolean.FALSE.equals(row.get(Columns.RECONCILED))) {
            out.element("dt", "Tính lại từ điểm thành phần").element("dd", Figures.withScale(row, row.get(Columns.INDEX_VALUE))
                    + (row.get(Columns.SCORE_TOTAL) == null ? "" : " (" + Formats.number(
                    row.get(Columns.SCORE_TOTAL)) + "/" + Formats.number(row.get(Columns.MAX_TOTAL))
                    + " điểm) — không khớp với số công bố " + Figures.value(row)), "class", "recomputed");
        }
        out.element("dt", "Xếp hạng").open("dd", "class", "rank", "data-provenance", SourceMarks.attribute(provenance))
                .text(row.get(Columns.RANK) == null ? "chưa xếp hạng" : "xếp thứ " + Figures.rank(row))
                .text(gapToBest(row))
                .text(" · " + movement(row));
        SourceMarks.mark(out, provenance, source).close("dd");
        out.element("dt", "Điểm chưa đạt").element("dd", Figures.withScale(row, row.get(Columns.POINTS_LOST)), "class",
                "points-lost");
        out.close("dl").open("div", "class", "chips no-print").element("span", "Năm:");
        for (MartRow year : unit.history()) {
            boolean here = year.get(Columns.YEAR).equals(unit.year());
            out.link(UnitLinks.unit(unit.unitId(), unit.index(), year.get(Columns.YEAR)).toString(),
                    String.valueOf(year.get(Columns.YEAR)), "class", here ? "chip current" : "chip");
        }
        out.element("span", "Chỉ số:");
        snapshot.unitYears(unit.unitId()).stream().map(r -> r.get(Columns.INDEX)).distinct().forEach(index ->
                out.link(UnitLinks.unit(unit.unitId(), index, null).toString(), index,
                        "class", index.equals(unit.index()) ? "chip current" : "chip"));
        return out.close("div");
    }

    /** " · kém đơn vị dẫn đầu 3,25 điểm", " · dẫn đầu"; nothing without a computed rank (a partial table). */
    private static String gapToBest(MartRow row) {
        String phrase = GapToBest.phrase(row.get(Columns.GAP_TO_BEST), Formats::number);
        return phrase == null ? "" : " · " + phrase;
    }

    private static String movement(MartRow row) {
        String movement = Figures.movement(row);
        return row.get(Columns.RANK_CHANGE) == null ? movement : "so với năm trước " + movement;
    }
}
