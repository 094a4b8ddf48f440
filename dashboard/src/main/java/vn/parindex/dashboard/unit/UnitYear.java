package vn.parindex.dashboard.unit;

import vn.parindex.marts.Columns;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;

/**
 * The unit, index and year a unit page shows: its rows of that index over the years, the chosen one, and a note
 * when the unit id was found only in another case or without marks.
 */
public record UnitYear(String unitId, String index, List<MartRow> history, MartRow current, String note) {

    public static UnitYear resolve(Snapshot snapshot, Params params) {
        String asked = params.path("unit");
        String unitId = snapshot.unitId(asked)
                .orElseThrow(() -> ClientError.notFound("không có đơn vị " + asked, Missing.searchLink(asked)));
        String note = unitId.equals(asked) ? null
                : "Không có mã “" + asked + "”; có phải bạn muốn tìm " + unitId + "? Đang hiển thị " + unitId + ".";
        List<MartRow> all = snapshot.unitYears(unitId);
        boolean indexGiven = params.optional("index") != null;
        String index = params.index();
        if (!indexGiven && all.stream().noneMatch(r -> index.equals(r.get(Columns.INDEX)))) {
            return resolve(snapshot, all, all.get(0).get(Columns.INDEX), params, note);
        }
        return resolve(snapshot, all, index, params, note);
    }

    private static UnitYear resolve(Snapshot snapshot, List<MartRow> all, String index, Params params, String note) {
        List<MartRow> history = all.stream().filter(r -> index.equals(r.get(Columns.INDEX))).toList();
        if (history.isEmpty()) {
            throw ClientError.notFound("đơn vị không có dữ liệu " + index, Missing.indexes(all));
        }
        Integer year = params.year("year");
        MartRow current = year == null ? history.get(history.size() - 1) : history.stream()
                .filter(r -> year.equals(r.get(Columns.YEAR))).findFirst()
                .orElseThrow(() -> Missing.year(snapshot, history, year));
        return new UnitYear(current.get(Columns.UNIT_ID), index, history, current, note);
    }

    public int year() {
        return current.get(Columns.YEAR);
    }

    public UnitYearKey key() {
        return new UnitYearKey(unitId, index, year());
    }

    /** This unit's row of the previous year, if it existed then (not a predecessor's). */
    public MartRow previous() {
        return history.stream().filter(r -> Integer.valueOf(year() - 1).equals(r.get(Columns.YEAR)))
                .findFirst().orElse(null);
    }
}
