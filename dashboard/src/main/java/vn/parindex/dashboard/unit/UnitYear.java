package vn.parindex.dashboard.unit;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;

/**
 * The unit, index and year a unit page shows: its rows of that index over the years, the chosen one, and a note
 * when the unit id was found only in another case or without marks.
 */
public record UnitYear(String unitId, String index, List<Row> history, Row current, String note) {

    public static UnitYear resolve(Snapshot snapshot, Params params) {
        String asked = params.path("unit");
        String unitId = snapshot.unitId(asked)
                .orElseThrow(() -> ClientError.notFound("không có đơn vị " + asked, Missing.searchLink(asked)));
        String note = unitId.equals(asked) ? null
                : "Không có mã “" + asked + "”; có phải bạn muốn tìm " + unitId + "? Đang hiển thị " + unitId + ".";
        List<Row> all = snapshot.unitYears(unitId);
        boolean indexGiven = params.optional("index") != null;
        String index = params.index();
        if (!indexGiven && all.stream().noneMatch(r -> index.equals(r.str("index")))) {
            return resolve(snapshot, all, all.get(0).str("index"), params, note);
        }
        return resolve(snapshot, all, index, params, note);
    }

    private static UnitYear resolve(Snapshot snapshot, List<Row> all, String index, Params params, String note) {
        List<Row> history = all.stream().filter(r -> index.equals(r.str("index"))).toList();
        if (history.isEmpty()) {
            throw ClientError.notFound("đơn vị không có dữ liệu " + index, Missing.indexes(all));
        }
        Integer year = params.year("year");
        Row current = year == null ? history.get(history.size() - 1) : history.stream()
                .filter(r -> year.equals(r.integer("year"))).findFirst()
                .orElseThrow(() -> Missing.year(snapshot, history, year));
        return new UnitYear(current.str("unit_id"), index, history, current, note);
    }

    public int year() {
        return current.integer("year");
    }

    public UnitYearKey key() {
        return new UnitYearKey(unitId, index, year());
    }

    /** This unit's row of the previous year, if it existed then (not a predecessor's). */
    public Row previous() {
        return history.stream().filter(r -> Integer.valueOf(year() - 1).equals(r.integer("year")))
                .findFirst().orElse(null);
    }
}
