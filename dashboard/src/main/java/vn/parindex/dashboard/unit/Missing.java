package vn.parindex.dashboard.unit;

import vn.parindex.marts.Columns;
import java.util.List;
import java.util.Optional;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.dashboard.web.Url;

/** The 404s of a unit page, each offering a way on instead of a dead end. */
final class Missing {
    private Missing() {
    }

    /**
     * A year the unit has no result for: after its merger, a link to its successor's page of that year; in any
     * case the years that exist.
     */
    static ClientError year(Snapshot snapshot, List<MartRow> history, int year) {
        MartRow any = history.get(0);
        String unitId = any.get(Columns.UNIT_ID);
        String index = any.get(Columns.INDEX);
        Html out = new Html();
        Optional<MartRow> unit = snapshot.unit(unitId);
        Integer validTo = unit.map(u -> u.get(Columns.VALID_TO)).orElse(null);
        Optional<MartRow> successor = Lineage.successor(snapshot, unitId);
        String message = "Đơn vị " + any.get(Columns.UNIT_NAME) + " (" + any.get(Columns.PROVINCE) + ") không có kết quả "
                + index + " năm " + year + ".";
        if (successor.isPresent() && validTo != null && year > validTo) {
            MartRow next = successor.get();
            message = any.get(Columns.UNIT_NAME) + " (" + any.get(Columns.PROVINCE) + ") đã được sáp nhập sau năm " + validTo + ".";
            boolean scored = snapshot.unitYears(next.get(Columns.UNIT_ID), index).stream()
                    .anyMatch(r -> Integer.valueOf(year).equals(r.get(Columns.YEAR)));
            out.open("p", "class", "successor").text("Năm " + year + " xem đơn vị kế thừa: ")
                    .link(UnitLinks.unit(next.get(Columns.UNIT_ID), index, scored ? year : null).toString(),
                            next.get(Columns.UNIT_NAME) + " (" + next.get(Columns.PROVINCE) + ")")
                    .text(".").close("p");
        }
        out.open("p").text("Các năm có dữ liệu " + index + ": ");
        for (int i = 0; i < history.size(); i++) {
            Integer y = history.get(i).get(Columns.YEAR);
            out.text(i == 0 ? "" : ", ").link(UnitLinks.unit(unitId, index, y).toString(), String.valueOf(y));
        }
        out.text(".").close("p");
        return ClientError.notFound(message, out);
    }

    /** An index the unit has no result on: the indexes it has. */
    static Html indexes(List<MartRow> all) {
        Html out = new Html().open("p").text("Các chỉ số có dữ liệu: ");
        List<String> indexes = all.stream().map(r -> r.get(Columns.INDEX)).distinct().toList();
        for (int i = 0; i < indexes.size(); i++) {
            out.text(i == 0 ? "" : ", ").link(UnitLinks.unit(all.get(0).get(Columns.UNIT_ID), indexes.get(i), null)
                    .toString(), indexes.get(i));
        }
        return out.text(".").close("p");
    }

    /** An unknown unit id: search for it by name instead. */
    static Html searchLink(String asked) {
        return new Html().open("p").link(Url.of("search").param("q", asked).toString(), "Tìm đơn vị “" + asked + "”")
                .close("p");
    }
}
