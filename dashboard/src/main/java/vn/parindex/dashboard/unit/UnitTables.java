package vn.parindex.dashboard.unit;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Formats;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.UnitLinks;

/** The tables of a unit page. */
final class UnitTables {
    private UnitTables() {
    }

    static DataTable history(List<Row> history) {
        DataTable table = new DataTable("dien-bien", "Chỉ số và thứ hạng qua các năm", "Năm", "Chỉ số",
                "Xếp hạng", "Điểm chưa đạt", "Thay đổi", "Thứ hạng thay đổi", "Đối chiếu công bố");
        for (Row row : history) {
            table.row(Cell.link(String.valueOf(row.integer("year")), UnitLinks.unit(row.str("unit_id"),
                            row.str("index"), row.integer("year")).toString()),
                    Cell.number(row.number("official_value")), UnitLinks.rank(row),
                    Cell.number(row.number("points_lost")), Cell.signed(row.number("delta")),
                    Cell.text(Formats.rankMove(row.integer("rank_change"))), UnitLinks.reconciliation(row));
        }
        return table;
    }

    static DataTable components(List<Row> components) {
        DataTable table = new DataTable("linh-vuc", "Điểm theo lĩnh vực và tiêu chí", "Mã", "Lĩnh vực / tiêu chí",
                "Điểm tối đa", "Điểm", "Tự chấm", "Điểm chưa đạt", "Tỷ lệ đạt (%)", "Thay đổi (điểm)",
                "Thay đổi (điểm %)", "Xếp hạng");
        for (Row row : components) {
            Integer level = row.integer("level");
            table.row(Cell.text(row.str("code")), Cell.text(row.str("name")).withClass("level-" + level),
                    Cell.number(row.number("max_points")), Cell.number(row.number("score")),
                    Cell.number(row.number("self_score")), Cell.number(row.number("points_lost")),
                    Cell.number(row.number("attainment")), Cell.signed(row.number("delta_points")),
                    Cell.signed(row.number("delta_attainment")), UnitLinks.rank(row));
        }
        return table;
    }

    static DataTable lossDrivers(List<Row> drivers) {
        DataTable table = new DataTable("diem-chua-dat", "Nơi mất điểm nhiều nhất", "Thứ tự", "Mã",
                "Lĩnh vực / tiêu chí", "Điểm chưa đạt", "Tỷ trọng (%)");
        drivers.forEach(row -> table.row(Cell.number(row.integer("position")), Cell.text(row.str("code")),
                Cell.text(row.str("name")), Cell.number(row.number("points_lost")),
                Cell.number(row.number("share_of_loss"))));
        return table;
    }

    static DataTable targets(List<Row> targets) {
        DataTable table = new DataTable("muc-tieu", "Mục tiêu kế hoạch", "Năm", "Mã", "Loại mục tiêu",
                "Mục tiêu", "Thực tế", "Kết quả", "Chênh lệch");
        for (Row row : targets) {
            String status = row.str("status");
            table.row(Cell.number(row.integer("year")), Cell.text("TOTAL".equals(row.str("code")) ? "Tổng"
                            : row.str("code")), Cell.text(TargetKinds.label(row.str("kind"))),
                    Cell.number(row.number("target")), Cell.number(row.number("actual")),
                    new Cell(Labels.targetStatus(status), Labels.targetStatus(status), null, "status-" + status),
                    Cell.signed(row.number("gap")));
        }
        return table;
    }
}
