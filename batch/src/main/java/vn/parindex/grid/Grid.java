package vn.parindex.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * One table of a file, whatever the format (DESIGN "Input readers: one table model"): each cell's own text (cleaned,
 * NFC), the merged regions (their text in the top-left cell only, as in Excel), the lines of text above the table
 * that are not in it (a document's title paragraphs), and where each row sits in the file. Workbooks, Word files and
 * PDFs each produce grids; the annex and plan interpreters read nothing else.
 *
 * @param name      how the table is named in descriptions: "sheet 'PL01'", "table 2", "table on pages 1–3"
 * @param rows      the cells' own texts, row by row (rows may differ in length)
 * @param merges    the merged regions
 * @param textAbove the lines above the table outside the grid, top to bottom; empty for a sheet, whose title rows
 *                  are rows of the grid
 * @param places    one per row: its line number and place in problems
 * @param letters   whether columns are named by Excel letters (a sheet) or by number ("column 4", a document)
 */
public record Grid(String name, List<List<String>> rows, List<Merge> merges, List<String> textAbove,
                   List<RowPlace> places, boolean letters) {

    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
        textAbove = List.copyOf(textAbove);
        places = List.copyOf(places);
        if (places.size() != rows.size()) {
            throw new IllegalArgumentException("one place per row");
        }
    }

    public int rowCount() {
        return rows.size();
    }

    /** The number of cells of a row (0 past the last row). */
    public int width(int row) {
        return row < 0 || row >= rows.size() ? 0 : rows.get(row).size();
    }

    /** The widest row's number of cells. */
    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The cell's own text, ignoring merged regions (a value row is never read from the row above it). */
    public String ownText(int row, int column) {
        return column < 0 || column >= width(row) ? "" : rows.get(row).get(column);
    }

    /** The text of a cell, or of the merged region it lies in; blank when there is none. */
    public String text(int row, int column) {
        String own = ownText(row, column);
        if (!own.isEmpty()) {
            return own;
        }
        return merge(row, column).map(region -> ownText(region.firstRow(), region.firstColumn())).orElse("");
    }

    /** The merged region a cell lies in. */
    public Optional<Merge> merge(int row, int column) {
        for (Merge region : merges) {
            if (region.contains(row, column)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The cells' own texts of a row, padded to the given width. */
    public List<String> ownTexts(int row, int width) {
        List<String> texts = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            texts.add(ownText(row, i));
        }
        return texts;
    }

    /** The number problems of this row carry. */
    public int line(int row) {
        return places.get(row).line();
    }

    /** The row as a person finds it: "page 2, row 4"; "" in a sheet. */
    public String where(int row) {
        return places.get(row).where();
    }

    /** A column's name: "D" in a sheet, "column 4" in a document. */
    public String columnName(int column) {
        return letters ? CellReference.convertNumToColString(column) : "column " + (column + 1);
    }

    /**
     * How a cell is named in problems: "D (Cải cách thể chế)" in a sheet (the line is the Excel row),
     * "page 2, row 4, column 4 (Cải cách thể chế)" in a document.
     */
    public String cellLabel(int row, int column, String header) {
        String named = columnName(column) + " (" + header + ")";
        String where = where(row);
        return where.isEmpty() ? named : where + ", " + named;
    }
}
