package vn.parindex.plans;

import vn.parindex.grid.Grid;
import vn.parindex.grid.Merge;

/**
 * The text of a plan table's cells as a plan CSV would have it. A cell left blank inside a region merged down its
 * column (one lead for several tasks) takes the region's value; a region merged across (a group heading) gives only
 * its first column.
 */
final class PlanCells {
    private PlanCells() {
    }

    static String text(Grid grid, int row, int column) {
        String own = grid.ownText(row, column);
        if (!own.isEmpty()) {
            return own;
        }
        return grid.merge(row, column)
                .filter(region -> region.firstColumn() == column && row > region.firstRow())
                .map((Merge region) -> grid.ownText(region.firstRow(), region.firstColumn())).orElse("");
    }
}
