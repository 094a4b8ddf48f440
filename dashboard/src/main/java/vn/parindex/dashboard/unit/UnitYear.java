package vn.parindex.dashboard.unit;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;

/** The unit, index and year a unit page shows: its rows of that index over the years, and the chosen one. */
record UnitYear(String unitId, String index, List<Row> history, Row current) {

    static UnitYear resolve(Snapshot snapshot, Params params) {
        String unitId = params.path("unit");
        List<Row> all = snapshot.unitYears(unitId);
        if (all.isEmpty()) {
            throw ClientError.notFound("không có đơn vị " + unitId);
        }
        boolean indexGiven = params.optional("index") != null;
        String index = params.index();
        if (!indexGiven && all.stream().noneMatch(r -> index.equals(r.str("index")))) {
            return resolve(all, all.get(0).str("index"), params);
        }
        return resolve(all, index, params);
    }

    private static UnitYear resolve(List<Row> all, String index, Params params) {
        List<Row> history = all.stream().filter(r -> index.equals(r.str("index"))).toList();
        if (history.isEmpty()) {
            throw ClientError.notFound("đơn vị không có dữ liệu " + index);
        }
        Integer year = params.year("year");
        Row current = year == null ? history.get(history.size() - 1) : history.stream()
                .filter(r -> year.equals(r.integer("year"))).findFirst()
                .orElseThrow(() -> ClientError.notFound("đơn vị không có dữ liệu năm " + year));
        return new UnitYear(current.str("unit_id"), index, history, current);
    }

    int year() {
        return current.integer("year");
    }

    UnitYearKey key() {
        return new UnitYearKey(unitId, index, year());
    }

    /** This unit's row of the previous year, if it existed then (not a predecessor's). */
    Row previous() {
        return history.stream().filter(r -> Integer.valueOf(year() - 1).equals(r.integer("year")))
                .findFirst().orElse(null);
    }
}
