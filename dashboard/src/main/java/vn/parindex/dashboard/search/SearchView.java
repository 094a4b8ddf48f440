package vn.parindex.dashboard.search;

import vn.parindex.marts.Columns;
import vn.parindex.text.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.RankingKey;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.Page;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.SelectionLinks;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;
import vn.parindex.dashboard.web.View;
import vn.parindex.marts.RankingOrder;

/**
 * The search box's results: units whose id, name, short name or alias holds every word typed (any case, with or
 * without tone marks), in any province, and the provinces whose name matches.
 */
public final class SearchView implements View {
    private static final int MAX_RESULTS = 200;

    @Override
    public Page build(Snapshot snapshot, Params params) {
        String query = params.optional("q");
        Page page = new Page(query == null ? "Tìm đơn vị" : "Tìm “" + query + "”", Url.of("search").param("q", query));
        if (query == null) {
            page.note("Gõ tên, tên viết tắt hoặc mã đơn vị vào ô tìm kiếm ở đầu trang (không cần dấu).");
            return page;
        }
        List<String> words = Arrays.stream(Names.folded(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        DataTable provinces = new DataTable("tinh", "Tỉnh", "Tỉnh", "Bảng xếp hạng");
        snapshot.provinces().stream().filter(p -> words.stream().allMatch(Names.folded(p)::contains))
                .forEach(p -> provinces.row(Cell.text(p), Cell.link("Xếp hạng " + p,
                        Url.of("ranking").param("province", p).toString())));
        if (!provinces.isEmpty()) {
            page.table(provinces);
        }
        List<UnitIndex.Entry> found = new ArrayList<>();
        for (UnitIndex.Entry entry : UnitIndex.of(snapshot)) {
            // each word may match a different text: "tttt lao cai" finds LCI-STTTT by its id and its province
            if (words.stream().allMatch(word -> entry.keys().stream().anyMatch(key -> key.contains(word)))) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparing((UnitIndex.Entry e) -> String.valueOf(e.main().get(Columns.PROVINCE)), RankingOrder.VIETNAMESE)
                .thenComparing(e -> String.valueOf(e.main().get(Columns.UNIT_NAME)), RankingOrder.VIETNAMESE));
        page.note(found.isEmpty() ? "Không tìm thấy đơn vị nào." : "Tìm thấy " + found.size() + " đơn vị"
                + (found.size() > MAX_RESULTS ? "; hiển thị " + MAX_RESULTS + " đơn vị đầu." : ".")
                + " Tên đơn vị mở chỉ số chính (PAR khi đơn vị có kết quả PAR); cột của mỗi chỉ số mở năm gần nhất"
                + " của chỉ số đó.");
        List<UnitIndex.Entry> shown = found.stream().limit(MAX_RESULTS).toList();
        // one column per index any result has, in the order of the indexes' names after PAR: each its own link
        List<String> indexes = shown.stream().flatMap(e -> e.latestByIndex().stream()).map(r -> r.get(Columns.INDEX))
                .distinct().sorted(Comparator.comparing((String i) -> !UnitIndex.MAIN_INDEX.equals(i))
                        .thenComparing(Comparator.naturalOrder())).toList();
        List<String> headers = new ArrayList<>(List.of("Đơn vị", "Tỉnh", "Cấp", "Loại"));
        indexes.forEach(i -> headers.add(i + " (năm gần nhất)"));
        DataTable units = new DataTable("don-vi", "Đơn vị", headers.toArray(String[]::new));
        for (UnitIndex.Entry e : shown) {
            MartRow r = e.main();
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.link(r.get(Columns.UNIT_NAME), UnitLinks.unit(r.get(Columns.UNIT_ID), r.get(Columns.INDEX), null)
                            .toString()),
                    Cell.link(r.get(Columns.PROVINCE), SelectionLinks.url("ranking", RankingKey.of(r)).toString()),
                    Cell.text(Labels.tier(r.get(Columns.TIER))), Cell.text(r.get(Columns.UNIT_TYPE))));
            for (String index : indexes) {
                cells.add(e.latestByIndex().stream().filter(o -> index.equals(o.get(Columns.INDEX))).findFirst()
                        .map(o -> Cell.link(String.valueOf(o.get(Columns.YEAR)),
                                UnitLinks.unit(o.get(Columns.UNIT_ID), index, null).toString()).withClass("num"))
                        .orElse(Cell.text("")));
            }
            units.row(cells.toArray(Cell[]::new));
        }
        return page.table(units);
    }
}
