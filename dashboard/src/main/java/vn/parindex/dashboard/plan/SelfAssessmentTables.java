package vn.parindex.dashboard.plan;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;

/** Self-assessed against appraised: a unit-year's overstated items, and a province's units ranked by overstatement. */
final class SelfAssessmentTables {
    private SelfAssessmentTables() {
    }

    static DataTable items(Overstatement over, String points) {
        DataTable table = new DataTable("tu-cham-cao-hon", "Tiêu chí tự chấm cao hơn điểm thẩm định", "Mã",
                "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định", "Chênh lệch (điểm thành phần)", "Nguồn số liệu");
        for (Row item : over.items()) {
            table.row(Cell.text(item.str("code")), Cell.text(item.str("name")), Cell.number(item.number("max_points")),
                    Cell.number(item.number("self_score")), Cell.number(item.number("score")),
                    Cell.number(Overstatement.excess(item)), Cell.provenanceOf(item.str("provenance"), null));
        }
        table.row(Cell.text(""), Cell.text("Tổng chênh lệch").withClass("total"), Cell.text(""), Cell.text(""),
                Cell.text(""), Cell.number(over.itemPoints()).withClass("num total"), Cell.text(""));
        table.row(Cell.text(""), Cell.text("Tổng chênh lệch (" + points + ")").withClass("total"), Cell.text(""),
                Cell.text(""), Cell.text(""), Cell.number(over.indexPoints()).withClass("num total"), Cell.text(""));
        return table;
    }

    /** Units by total overstatement in index points, the largest (the riskiest next self-assessment) first. */
    static DataTable ranking(List<Overstatement> units, String points) {
        DataTable table = new DataTable("xep-hang-tu-cham", "Xếp hạng chênh lệch tự chấm so với thẩm định",
                "Thứ tự", "Đơn vị", "Tiêu chí tự chấm", "Tiêu chí tự chấm cao hơn",
                "Tổng chênh lệch (điểm thành phần)", "Tổng chênh lệch (" + points + ")", "Nguồn số liệu");
        int position = 0;
        for (Overstatement over : units) {
            Row unitYear = over.unitYear();
            table.row(Cell.number(++position), Cell.link(unitYear.str("unit_name"), PlanLinks.unit(
                            unitYear.str("unit_id"), unitYear.str("index"), unitYear.integer("year")).toString()),
                    Cell.number(over.selfScored()), Cell.number(over.items().size()),
                    Cell.number(over.itemPoints()), Cell.number(over.indexPoints()).from(over.provenance(), null),
                    Cell.provenanceOf(over.provenance(), null));
        }
        return table;
    }
}
