package vn.parindex.annex;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.grid.Grid;

/**
 * The header rows of a table (and its numbering row), recognised again where a table broken over pages repeats them:
 * a body row whose non-blank texts are those of a header row, in order, is the header again.
 */
public final class RepeatedHeader {
    private final List<List<String>> headerRows = new ArrayList<>();
    private final Grid grid;

    /** The rows from {@code firstHeaderRow} up to (not including) {@code firstBodyRow} are the header. */
    public RepeatedHeader(Grid grid, int firstHeaderRow, int firstBodyRow) {
        this.grid = grid;
        for (int row = firstHeaderRow; row < firstBodyRow; row++) {
            List<String> texts = filled(row);
            if (!texts.isEmpty()) {
                headerRows.add(texts);
            }
        }
    }

    public boolean at(int row) {
        List<String> texts = filled(row);
        return !texts.isEmpty() && headerRows.contains(texts);
    }

    private List<String> filled(int row) {
        return grid.ownTexts(row, grid.width(row)).stream().filter(text -> !text.isEmpty()).toList();
    }
}
