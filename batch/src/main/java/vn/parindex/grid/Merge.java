package vn.parindex.grid;

/** A merged region of a grid, rows and columns 0-based and inclusive; its text is in its top-left cell. */
public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
