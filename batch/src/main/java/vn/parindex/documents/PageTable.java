package vn.parindex.documents;

import java.util.ArrayList;
import java.util.List;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;
import vn.parindex.grid.Limits;
import vn.parindex.grid.Merge;
import vn.parindex.grid.ReadProblem;
import vn.parindex.text.Names;

/**
 * A table with ruling lines on one PDF page, as tabula-java finds it (its lattice mode: ruling lines → cells → table
 * areas, each cell's words), laid on a grid by the cells' edges: a cell whose edges span several column or row
 * boundaries is a merged region, so a two-row header with merged cells keeps its columns. Wrapped lines of a cell are
 * one value, joined by spaces.
 *
 * @param top     the table's top on the page (PDF points from the top)
 * @param bottom  its bottom
 * @param columns the x positions of its column boundaries, left to right
 */
record PageTable(int page, float top, float bottom, List<Float> columns, List<List<String>> rows, List<Merge> merges) {
    /** Edges closer than this (in points) are one boundary: ruling lines are drawn with some width. */
    private static final float TOLERANCE = 2.5f;
    /** Above this many crossings of ruling lines a page is not a published table (and tabula's search is slow). */
    private static final int MAX_CROSSINGS = 40_000;

    /** The page's tables with ruling lines, top to bottom; tables of a single row or column are frames, left out. */
    static List<PageTable> of(Page page) throws ReadProblem {
        List<Ruling> horizontal = page.getHorizontalRulings();
        List<Ruling> vertical = page.getVerticalRulings();
        if ((long) horizontal.size() * vertical.size() > MAX_CROSSINGS) {
            throw new ReadProblem("document_too_large", "page " + page.getPageNumber() + " has " + horizontal.size()
                    + " × " + vertical.size() + " ruling lines, far more than a published table");
        }
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical);
        List<PageTable> tables = new ArrayList<>();
        for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            List<Cell> inside = new ArrayList<>();
            for (Cell cell : cells) {
                if (cell.intersects(area)) {
                    cell.setTextElements(TextElement.mergeWords(page.getText(cell)));
                    inside.add(cell);
                }
            }
            PageTable table = layout(page.getPageNumber(), area, inside);
            if (table.rows.size() > 1 && table.columns.size() > 2) {
                tables.add(table);
            }
        }
        tables.sort((a, b) -> Float.compare(a.top, b.top));
        return tables;
    }

    private static PageTable layout(int page, Rectangle area, List<Cell> cells) {
        List<Float> xs = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        for (Cell cell : cells) {
            xs.add(cell.getLeft());
            xs.add(cell.getRight());
            ys.add(cell.getTop());
            ys.add(cell.getBottom());
        }
        List<Float> columns = boundaries(xs);
        List<Float> rowEdges = boundaries(ys);
        int width = Math.min(Math.max(0, columns.size() - 1), Limits.MAX_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < rowEdges.size() - 1; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add("");
            }
            rows.add(row);
        }
        List<Merge> merges = new ArrayList<>();
        for (Cell cell : cells) {
            int firstRow = index(rowEdges, cell.getTop());
            int lastRow = index(rowEdges, cell.getBottom()) - 1;
            int firstColumn = index(columns, cell.getLeft());
            int lastColumn = Math.min(index(columns, cell.getRight()) - 1, width - 1);
            if (firstRow < 0 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn) {
                continue;
            }
            String text = Names.clean(cell.getText(true).replace('\r', ' '));
            rows.get(firstRow).set(firstColumn, text);
            if (lastRow > firstRow || lastColumn > firstColumn) {
                merges.add(new Merge(firstRow, lastRow, firstColumn, lastColumn));
            }
        }
        return new PageTable(page, area.getTop(), area.getBottom(), columns, rows, merges);
    }

    /** The distinct positions among the edges, nearby ones taken as one (their first). */
    private static List<Float> boundaries(List<Float> edges) {
        List<Float> sorted = new ArrayList<>(edges);
        sorted.sort(null);
        List<Float> boundaries = new ArrayList<>();
        for (float edge : sorted) {
            if (boundaries.isEmpty() || edge - boundaries.get(boundaries.size() - 1) > TOLERANCE) {
                boundaries.add(edge);
            }
        }
        return boundaries;
    }

    private static int index(List<Float> boundaries, float edge) {
        for (int i = 0; i < boundaries.size(); i++) {
            if (Math.abs(boundaries.get(i) - edge) <= TOLERANCE) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a table on a later page has the same columns: then it goes on this one (a table broken over pages). */
    boolean sameColumns(PageTable next) {
        if (next.columns.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - next.columns.get(i)) > 2 * TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
