package vn.parindex.briefings.internal;

import java.util.List;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.views.Shown;

/** A view declared as shown columns ({@link vn.parindex.marts.views}) as a sheet's cells: one way to draw each shape. */
final class ShownCells {
    private ShownCells() {
    }

    /** The header row: the columns' headers, from the first column on. */
    static void headers(SafeCells cells, int row, List<Shown> columns) {
        cells.headers(row, 0, columns.stream().map(Shown::label).toArray(String[]::new));
    }

    static void write(SafeCells cells, SheetSources sources, int row, int column, Shown shown, UnitResult unit) {
        switch (shown.shape()) {
            case RANK -> Ranks.rank(cells, row, column, unit);
            case YEAR -> cells.integer(row, column, unit.year());
            case UNIT -> cells.text(row, column, unit.unitName());
            case VALUE -> cells.number(row, column, unit.officialValue(), IndexPoints.valueFormat(unit));
            case POINTS, MARKED_POINTS -> cells.number(row, column, number(shown, unit));
            case CHANGE -> cells.change(row, column, number(shown, unit));
            case MOVEMENT -> Ranks.movement(cells, row, column, unit);
            case PREVIOUS_RANK -> Ranks.previous(cells, row, column, unit);
            case RECONCILED -> cells.text(row, column, Labels.reconciled(unit.reconciled(), unit.provenance()));
            case PROVENANCE -> sources.cell(cells, row, column, unit.provenance(), unit.source());
        }
    }

    private static Double number(Shown shown, UnitResult unit) {
        return unit.row().get(shown.column()) instanceof Number number ? number.doubleValue() : null;
    }
}
