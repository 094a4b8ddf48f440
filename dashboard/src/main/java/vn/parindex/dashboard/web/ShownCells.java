package vn.parindex.dashboard.web;

import java.util.List;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.views.Shown;

/** A view declared as shown columns ({@link vn.parindex.marts.views}) as a page's table: one way to draw each shape. */
public final class ShownCells {
    private ShownCells() {
    }

    /** The table's headers are the columns' headers. */
    public static DataTable table(String id, String caption, List<Shown> columns, List<MartRow> rows) {
        DataTable table = new DataTable(id, caption, columns.stream().map(Shown::label).toArray(String[]::new));
        for (MartRow row : rows) {
            table.row(columns.stream().map(shown -> cell(shown, row)).toArray(Cell[]::new));
        }
        return table;
    }

    public static Cell cell(Shown shown, MartRow row) {
        return switch (shown.shape()) {
            case RANK -> UnitLinks.rank(row);
            case YEAR -> Cell.link(String.valueOf(row.get(Columns.YEAR)), UnitLinks.unit(row.get(Columns.UNIT_ID),
                    row.get(Columns.INDEX), row.get(Columns.YEAR)).toString());
            case UNIT -> UnitLinks.name(row);
            case VALUE -> UnitLinks.value(row);
            case POINTS -> Cell.number(number(shown, row));
            case MARKED_POINTS -> {
                Double points = number(shown, row);
                yield new Cell(Formats.number(points), Formats.csv(points), null, "num")
                        .from(row.get(Columns.PROVENANCE), row.get(Columns.SOURCE));
            }
            case CHANGE -> Cell.signed(number(shown, row));
            case MOVEMENT -> UnitLinks.movement(row);
            case PREVIOUS_RANK -> UnitLinks.previousRank(row);
            case RECONCILED -> UnitLinks.reconciliation(row);
            case PROVENANCE -> UnitLinks.provenance(row);
        };
    }

    private static Double number(Shown shown, MartRow row) {
        return row.get(shown.column()) instanceof Number number ? number.doubleValue() : null;
    }
}
