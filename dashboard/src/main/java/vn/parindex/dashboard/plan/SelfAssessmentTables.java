package vn.parindex.dashboard.plan;

import vn.parindex.dashboard.web.PlanLinks;
import vn.parindex.marts.Columns;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;

/** Self-assessed against appraised: a unit-year's overstated items, and a province's units ranked by overstatement. */
final class SelfAssessmentTables {
    private SelfAssessmentTables() {
    }

    static DataTable items(Overstatement over, String points) {
        DataTable table = new DataTable("tu-cham-cao-hon", "Tiêu chí tự chấm cao hơn điểm thẩm định", "Mã",
                "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định", "Chênh lệch (điểm thành phần)", "Nguồn số liệu");
        for (MartRow item : over.items()) {
            table.row(Cell.text(item.get(Columns.CODE)), Cell.text(item.get(Columns.ITEM_NAME)), Cell.number(item.get(Columns.MAX_POINTS)),
                    Cell.number(item.get(Columns.SELF_SCORE)), Cell.number(item.get(Columns.SCORE)),
                    Cell.number(Overstatement.excess(item)), Cell.provenanceOf(item.get(Columns.PROVENANCE), null));
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
            MartRow unitYear = over.unitYear();
            table.row(Cell.number(++position), Cell.link(unitYear.get(Columns.UNIT_NAME), PlanLinks.unit(
                            unitYear.get(Columns.UNIT_ID), unitYear.get(Columns.INDEX), unitYear.get(Columns.YEAR)).toString()),
                    Cell.number(over.selfScored()), Cell.number(over.items().size()),
                    Cell.number(over.itemPoints()), Cell.number(over.indexPoints()).from(over.provenance(), null),
                    Cell.provenanceOf(over.provenance(), null));
        }
        return table;
    }
}
