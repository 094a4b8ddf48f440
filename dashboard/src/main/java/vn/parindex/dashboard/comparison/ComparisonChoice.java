package vn.parindex.dashboard.comparison;

import vn.parindex.marts.Columns;
import java.util.List;
import java.util.TreeSet;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;
import vn.parindex.dashboard.web.Url;

/**
 * What a comparison shows: every unit of a unit_type (type=…), or chosen units (unit=…, repeatable), on an index,
 * over the years from…to, with a domain heatmap for one year (default the last). Units given with a type are
 * highlighted among the type's. A unit's lineage comes along: its successor after a merger and, for a chosen unit,
 * the units merged into it, so that a merged unit and its predecessors make one line.
 */
public record ComparisonChoice(String type, List<String> unitIds, String index, Integer from, Integer to,
                        List<MartRow> rows, List<Integer> years, int heatmapYear) {

    public static ComparisonChoice resolve(Snapshot snapshot, Params params) {
        String type = params.optional("type");
        List<String> unitIds = params.all("unit");
        String index = params.index();
        Integer from = params.year("from");
        Integer to = params.year("to");
        if (from != null && to != null && from > to) {
            throw ClientError.badRequest("năm bắt đầu sau năm kết thúc");
        }
        List<String> chosen = unitIds.stream().map(u -> snapshot.unitId(u)
                .orElseThrow(() -> ClientError.notFound("không có đơn vị " + u))).distinct().toList();
        List<String> members;
        if (type != null) {
            members = snapshot.unitYearsOfType(type).stream().map(r -> r.get(Columns.UNIT_ID)).distinct().toList();
            if (members.isEmpty()) {
                throw ClientError.notFound("không có loại đơn vị " + type);
            }
        } else {
            members = chosen;
        }
        List<MartRow> candidates = Lineages.widen(snapshot, type != null ? members : chosen).stream()
                .flatMap(u -> snapshot.unitYears(u).stream()).toList();
        List<MartRow> rows = candidates.stream().filter(r -> index.equals(r.get(Columns.INDEX)))
                .filter(r -> from == null || r.get(Columns.YEAR) >= from)
                .filter(r -> to == null || r.get(Columns.YEAR) <= to).toList();
        if (rows.isEmpty()) {
            throw ClientError.notFound("không có dữ liệu " + index + " cho các đơn vị đã chọn trong các năm này");
        }
        List<Integer> years = new TreeSet<>(rows.stream().map(r -> r.get(Columns.YEAR)).toList()).stream().toList();
        Integer year = params.year("year");
        if (year != null && !years.contains(year)) {
            throw ClientError.notFound("không có dữ liệu năm " + year);
        }
        return new ComparisonChoice(type, chosen, index, from, to, rows, years,
                year == null ? years.get(years.size() - 1) : year);
    }

    Url url() {
        return url(heatmapYear);
    }

    /** The same comparison with the heatmap of another year. */
    Url url(int year) {
        return withChoices(Url.of("compare")).param("year", year);
    }

    /** The Excel export of this comparison; the units chosen among a type's keep their colour there too. */
    public Url exportUrl() {
        Url url = withChoices(Url.of("briefings", "compare.xlsx"));
        if (type != null) {
            unitIds.forEach(u -> url.param("highlight", u));
        }
        return url;
    }

    private Url withChoices(Url url) {
        url.param("type", type);
        unitIds.forEach(u -> url.param("unit", u));
        return url.param("index", index).param("from", from).param("to", to);
    }
}
