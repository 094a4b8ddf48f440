package vn.parindex.dashboard.home;

import vn.parindex.marts.Columns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;
import vn.parindex.dashboard.web.YearRanges;

/** The start page: every ranking table the snapshot holds, and the unit types to compare. */
public final class HomeView implements View {
    @Override
    public Page build(Snapshot snapshot, Params params) {
        Page page = new Page("Chỉ số cải cách hành chính", Url.of());
        page.note("Chọn một tỉnh để xem xếp hạng các đơn vị, hoặc một loại đơn vị để so sánh giữa các tỉnh.");
        DataTable rankings = new DataTable("bang-xep-hang", "Các bảng xếp hạng",
                "Tỉnh", "Cấp", "Chỉ số", "Các năm", "Xếp hạng mới nhất");
        latestByTable(snapshot).forEach((first, latest) -> rankings.row(
                Cell.link(latest.province(), SelectionLinks.url("province", latest).toString()),
                Cell.text(Labels.tier(latest.tier())), Cell.text(latest.index()),
                Cell.text(YearRanges.of(snapshot.years(latest.province(), latest.tier(), latest.index()))),
                Cell.link("Năm " + latest.year(), SelectionLinks.url("ranking", latest).toString())));
        page.table(rankings);
        DataTable types = new DataTable("loai-don-vi", "So sánh theo loại đơn vị",
                "Loại đơn vị", "Ví dụ", "Số đơn vị");
        for (String type : snapshot.unitTypes()) {
            List<MartRow> rows = snapshot.unitYearsOfType(type);
            types.row(Cell.link(type, Url.of("compare").param("type", type).toString()),
                    Cell.text(rows.get(0).get(Columns.UNIT_NAME)),
                    Cell.number(rows.stream().map(r -> r.get(Columns.UNIT_ID)).distinct().count()));
        }
        return page.table(types);
    }

    /** First and latest year of each (province, tier, index), in the snapshot's order. */
    private static Map<RankingKey, RankingKey> latestByTable(Snapshot snapshot) {
        Map<String, RankingKey> first = new LinkedHashMap<>();
        Map<String, RankingKey> latest = new LinkedHashMap<>();
        for (RankingKey key : snapshot.rankingKeys()) {
            String table = key.province() + '\u0000' + key.tier() + '\u0000' + key.index();
            first.putIfAbsent(table, key);
            latest.put(table, key);
        }
        Map<RankingKey, RankingKey> result = new LinkedHashMap<>();
        first.forEach((table, key) -> result.put(key, latest.get(table)));
        return result;
    }
}
