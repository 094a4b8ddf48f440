package vn.parindex.dashboard.unit;

import java.util.List;
import vn.parindex.dashboard.web.Html;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;

/** The indexes a unit has results on, as chips: the one shown marked, each other one a link to its latest year. */
final class OtherIndexes {
    private OtherIndexes() {
    }

    /** Nothing when the unit has results on one index only. */
    static Html of(List<MartRow> all, String shown) {
        List<String> indexes = all.stream().map(r -> r.get(Columns.INDEX)).distinct().toList();
        Html out = new Html();
        if (indexes.size() < 2) {
            return out;
        }
        out.open("div", "class", "chips no-print").element("span", "Chỉ số:");
        for (String index : indexes) {
            boolean current = index.equals(shown);
            out.link(UnitLinks.unit(all.get(0).get(Columns.UNIT_ID), index, null).toString(), index,
                    "class", current ? "chip current" : "chip", "aria-current", current ? "page" : null);
        }
        return out.close("div");
    }
}
