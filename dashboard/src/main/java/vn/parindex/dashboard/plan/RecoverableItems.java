package vn.parindex.dashboard.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.snapshot.Names;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Formats;

/**
 * The lost items that could supply a goal's points: the unit-year's deepest scored items that lost points, assessed
 * items first (survey-scored ones are not in the unit's own hands), then by points recoverable, with the running
 * total of the assessed ones (how many items close the gap) and next year's changed maxima flagged.
 */
final class RecoverableItems {
    static final String ASSESSED = "assessed";

    private RecoverableItems() {
    }

    static List<Row> of(List<Row> components) {
        return DeepestItems.having(components, "score").stream()
                .filter(r -> r.number("points_lost") != null && r.number("points_lost") > 0)
                .sorted(Comparator.comparing((Row r) -> !ASSESSED.equals(r.str("kind")))
                        .thenComparing(r -> -r.number("points_lost"))
                        .thenComparing(r -> r.str("code"), Codes.ORDER))
                .toList();
    }

    /**
     * @param nextYear the unit's components of the year after, to flag items whose maximum changes there (matched
     *                 by name, which survives renumbering, else by code); empty when that year is not scored yet
     */
    static DataTable table(List<Row> items, Row unitYear, List<Row> nextYear, String points) {
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        Map<String, Row> nextByName = new HashMap<>();
        Map<String, Row> nextByCode = new HashMap<>();
        nextYear.forEach(r -> {
            nextByName.putIfAbsent(key(r.str("name")), r);
            nextByCode.putIfAbsent(r.str("code"), r);
        });
        int year = unitYear.integer("year");
        DataTable table = new DataTable("tieu-chi-lay-lai-diem", "Tiêu chí có thể lấy lại điểm năm " + (year + 1),
                "Mã", "Tiêu chí", "Loại chấm điểm", "Điểm tối đa", "Điểm đạt", "Có thể lấy lại (điểm thành phần)",
                "Có thể lấy lại (" + points + ")", "Cộng dồn tiêu chí thẩm định (điểm thành phần)",
                "Điểm tối đa năm " + (year + 1), "Nguồn số liệu");
        double running = 0;
        for (Row item : items) {
            boolean assessed = ASSESSED.equals(item.str("kind"));
            double lost = item.number("points_lost");
            if (assessed) {
                running += lost;
            }
            Row next = nextByName.getOrDefault(key(item.str("name")), nextByCode.get(item.str("code")));
            table.row(Cell.text(item.str("code")), Cell.text(item.str("name")),
                    assessed ? Cell.text("Thẩm định") : Cell.text("Điều tra xã hội học — không do đơn vị tự quyết")
                            .withClass("flag"),
                    Cell.number(item.number("max_points")), Cell.number(item.number("score")), Cell.number(lost),
                    Cell.number(factor == null ? null : lost * factor), Cell.number(assessed ? running : null),
                    nextMaximum(next, nextYear.isEmpty()),
                    Cell.provenanceOf(item.str("provenance"), null));
        }
        return table;
    }

    private static Cell nextMaximum(Row next, boolean notScoredYet) {
        if (notScoredYet) {
            return Cell.text("chưa có dữ liệu");
        }
        if (next == null) {
            return Cell.text("không thấy trong điểm năm sau");
        }
        if (Boolean.TRUE.equals(next.bool("max_changed"))) {
            String shown = "⚠ đổi " + Formats.number(next.number("prev_max")) + " → "
                    + Formats.number(next.number("max_points"));
            return new Cell(shown, Formats.csv(next.number("max_points")), null, "flag");
        }
        return new Cell("không đổi", Formats.csv(next.number("max_points")), null, "num");
    }

    private static String key(String name) {
        return name == null ? "" : Names.key(name).replaceAll("\\s+", " ");
    }
}
