package vn.parindex.dashboard.unit;

import vn.parindex.dashboard.web.ShownCells;
import vn.parindex.marts.views.UnitHistoryTable;
import vn.parindex.marts.Column;
import vn.parindex.marts.Columns;
import java.util.List;
import java.util.function.Function;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.views.Shape;
import vn.parindex.marts.views.Shown;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.Cell;
import vn.parindex.dashboard.web.DataTable;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Labels;
import vn.parindex.dashboard.web.UnitLinks;
import vn.parindex.marts.TargetKind;

/** The tables of a unit page. */
final class UnitTables {
    private UnitTables() {
    }

    /** The years; a change on the year before is as weak as the weaker of the two years (derived without one). */
    static DataTable history(List<MartRow> history) {
        List<Shown> columns = UnitHistoryTable.COLUMNS;
        DataTable table = new DataTable("dien-bien", "Chỉ số và thứ hạng qua các năm",
                columns.stream().map(Shown::label).toArray(String[]::new));
        for (MartRow row : history) {
            MartRow before = history.stream().filter(r -> Integer.valueOf(row.get(Columns.YEAR) - 1)
                    .equals(r.get(Columns.YEAR))).findFirst().orElse(null);
            String change = Provenance.weakerCode(row.get(Columns.PROVENANCE),
                    before == null ? Provenance.DERIVED.code() : before.get(Columns.PROVENANCE));
            table.row(columns.stream().map(shown -> {
                Cell cell = ShownCells.cell(shown, row);
                boolean isChange = shown.shape() == Shape.CHANGE || shown.shape() == Shape.MOVEMENT;
                return isChange && !cell.csv().isEmpty() ? cell.from(change, null) : cell;
            }).toArray(Cell[]::new));
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

    static DataTable components(List<MartRow> components, PreviousYear previous) {
        DataTable table = new DataTable("linh-vuc", "Điểm theo lĩnh vực và tiêu chí", "Mã", "Lĩnh vực / tiêu chí",
                "Điểm tối đa", "Điểm", "Tự chấm", "Điểm chưa đạt", "Tỷ lệ đạt (%)", "Thay đổi (điểm)",
                "Thay đổi (điểm %)", "Xếp hạng", "Nguồn số liệu");
        for (MartRow row : components) {
            Integer level = row.get(Columns.LEVEL);
            table.row(Cell.text(row.get(Columns.CODE)), Cell.text(row.get(Columns.ITEM_NAME)).withClass("level-" + level),
                    Cell.number(row.get(Columns.MAX_POINTS)), Cell.number(row.get(Columns.SCORE)),
                    Cell.number(row.get(Columns.SELF_SCORE)), Cell.number(row.get(Columns.POINTS_LOST)),
                    Cell.number(row.get(Columns.ATTAINMENT)),
                    change(Cell.signed(row.get(Columns.DELTA_POINTS)), previous.change(row)),
                    change(Cell.signed(row.get(Columns.DELTA_ATTAINMENT)), previous.change(row)), UnitLinks.rank(row),
                    Cell.provenanceOf(row.get(Columns.PROVENANCE), null));
        }
        return table;
    }

    static DataTable lossDrivers(List<MartRow> drivers, MartRow unitYear) {
        Double factor = Figures.indexPointsPerItemPoint(unitYear);
        DataTable table = new DataTable("diem-chua-dat", "Nơi mất điểm nhiều nhất", "Thứ tự", "Mã",
                "Lĩnh vực / tiêu chí", "Điểm chưa đạt (điểm thành phần)", "Điểm chưa đạt (điểm chỉ số)",
                "Tỷ trọng (%)");
        drivers.forEach(row -> table.row(Cell.number(row.get(Columns.POSITION)), Cell.text(row.get(Columns.CODE)),
                Cell.text(row.get(Columns.ITEM_NAME)), Cell.number(row.get(Columns.POINTS_LOST)),
                Cell.number(factor == null || row.get(Columns.POINTS_LOST) == null ? null
                        : row.get(Columns.POINTS_LOST) * factor),
                Cell.number(row.get(Columns.SHARE_OF_LOSS))));
        return table;
    }

    /** A change carries its provenance; a blank one has nothing to mark. */
    private static Cell change(Cell cell, String provenance) {
        return cell.csv().isEmpty() ? cell : cell.from(provenance, null);
    }

    /** @param judgedOn the provenance of the result each target was judged on: a verdict is as real as that result */
    static DataTable targets(List<MartRow> targets, Function<MartRow, String> judgedOn) {
        DataTable table = new DataTable("muc-tieu", "Mục tiêu kế hoạch", "Năm", "Mã", "Loại mục tiêu",
                "Mục tiêu", "Thực tế", "Kết quả", "Chênh lệch");
        for (MartRow row : targets) {
            String status = row.get(Columns.TARGET_STATUS);
            table.row(Cell.number(row.get(Columns.YEAR)), Cell.text("TOTAL".equals(row.get(Columns.CODE)) ? "Tổng"
                            : row.get(Columns.CODE)), Cell.text(TargetKind.label(row.get(Columns.TARGET_KIND))),
                    figure(row, Columns.TARGET, false), figure(row, Columns.ACTUAL, false),
                    new Cell(Labels.targetStatus(status), Labels.targetStatus(status), null, "status-" + status)
                            .from(judgedOn.apply(row), null),
                    figure(row, Columns.GAP, true));
        }
        return table;
    }

    /** A target's figure; ranks (rank_at_most, rank_improve) as whole places. */
    private static Cell figure(MartRow target, Column<Double> column, boolean signed) {
        Double value = target.get(column);
        Number shown = value != null && TargetKind.isRank(target.get(Columns.TARGET_KIND)) ? (Number) Math.round(value) : value;
        return signed ? Cell.signed(shown) : Cell.number(shown);
    }
}
