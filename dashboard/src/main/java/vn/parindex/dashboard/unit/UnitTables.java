package vn.parindex.dashboard.unit;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.marts.GapToBest;
import vn.parindex.marts.TargetKind;

/** The tables of a unit page. */
final class UnitTables {
    private UnitTables() {
    }

    static DataTable history(List<Row> history) {
        DataTable table = new DataTable("dien-bien", "Chỉ số và thứ hạng qua các năm", "Năm", "Chỉ số",
                "Xếp hạng", GapToBest.HEADER, "Điểm chưa đạt", "Thay đổi", "Thứ hạng thay đổi", "Đối chiếu công bố",
                "Nguồn số liệu");
        for (Row row : history) {
            table.row(Cell.link(String.valueOf(row.integer("year")), UnitLinks.unit(row.str("unit_id"),
                            row.str("index"), row.integer("year")).toString()),
                    UnitLinks.value(row), UnitLinks.rank(row), UnitLinks.gapToBest(row),
                    Cell.number(row.number("points_lost")),
                    Cell.signed(row.number("delta")), UnitLinks.movement(row), UnitLinks.reconciliation(row),
                    UnitLinks.provenance(row));
        }
        return table;
    }

    /** Domain losses in index points and the difference with the published value: they add up to the headline. */
    static DataTable losses(DomainLosses losses, String unitOfLoss) {
        DataTable table = new DataTable("diem-chua-dat-linh-vuc", "Điểm chưa đạt theo lĩnh vực (" + unitOfLoss + ")",
                "Mã", "Lĩnh vực", "Điểm tối đa", "Điểm chưa đạt (điểm thành phần)", "Điểm chưa đạt (" + unitOfLoss + ")",
                "Nguồn số liệu");
        for (DomainLosses.Line line : losses.lines()) {
            table.row(Cell.text(line.isDifference() ? "" : line.code()),
                    Cell.text(line.name()).withClass(line.isDifference() ? "difference" : null),
                    Cell.number(line.maxPoints()), Cell.number(line.itemPointsLost()),
                    Cell.number(line.indexPointsLost()), Cell.provenanceOf(line.provenance(), null));
        }
        table.row(Cell.text(""), Cell.text("Tổng điểm chưa đạt").withClass("total"), Cell.text(""), Cell.text(""),
                Cell.number(losses.total()).withClass("num total"), Cell.text(""));
        return table;
    }

    static DataTable components(List<Row> components) {
        DataTable table = new DataTable("linh-vuc", "Điểm theo lĩnh vực và tiêu chí", "Mã", "Lĩnh vực / tiêu chí",
                "Điểm tối đa", "Điểm", "Tự chấm", "Điểm chưa đạt", "Tỷ lệ đạt (%)", "Thay đổi (điểm)",
                "Thay đổi (điểm %)", "Xếp hạng", "Nguồn số liệu");
        for (Row row : components) {
            Integer level = row.integer("level");
            table.row(Cell.text(row.str("code")), Cell.text(row.str("name")).withClass("level-" + level),
                    Cell.number(row.number("max_points")), Cell.number(row.number("score")),
                    Cell.number(row.number("self_score")), Cell.number(row.number("points_lost")),
                    Cell.number(row.number("attainment")), Cell.signed(row.number("delta_points")),
                    Cell.signed(row.number("delta_attainment")), UnitLinks.rank(row),
                    Cell.provenanceOf(row.str("provenance"), null));
        }
        return table;
    }

    static DataTable lossDrivers(List<Row> drivers, Row unitYear) {
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        DataTable table = new DataTable("diem-chua-dat", "Nơi mất điểm nhiều nhất", "Thứ tự", "Mã",
                "Lĩnh vực / tiêu chí", "Điểm chưa đạt (điểm thành phần)", "Điểm chưa đạt (điểm chỉ số)",
                "Tỷ trọng (%)");
        drivers.forEach(row -> table.row(Cell.number(row.integer("position")), Cell.text(row.str("code")),
                Cell.text(row.str("name")), Cell.number(row.number("points_lost")),
                Cell.number(factor == null || row.number("points_lost") == null ? null
                        : row.number("points_lost") * factor),
                Cell.number(row.number("share_of_loss"))));
        return table;
    }

    static DataTable targets(List<Row> targets) {
        DataTable table = new DataTable("muc-tieu", "Mục tiêu kế hoạch", "Năm", "Mã", "Loại mục tiêu",
                "Mục tiêu", "Thực tế", "Kết quả", "Chênh lệch");
        for (Row row : targets) {
            String status = row.str("status");
            table.row(Cell.number(row.integer("year")), Cell.text("TOTAL".equals(row.str("code")) ? "Tổng"
                            : row.str("code")), Cell.text(TargetKind.label(row.str("kind"))),
                    figure(row, "target", false), figure(row, "actual", false),
                    new Cell(Labels.targetStatus(status), Labels.targetStatus(status), null, "status-" + status),
                    figure(row, "gap", true));
        }
        return table;
    }

    /** A target's figure; ranks (rank_at_most, rank_improve) as whole places. */
    private static Cell figure(Row target, String column, boolean signed) {
        Double value = target.number(column);
        Number shown = value != null && TargetKind.isRank(target.str("kind")) ? (Number) Math.round(value) : value;
        return signed ? Cell.signed(shown) : Cell.number(shown);
    }
}
