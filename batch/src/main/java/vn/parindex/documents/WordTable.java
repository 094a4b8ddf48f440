package vn.parindex.documents;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.parindex.grid.Grid;
import vn.parindex.grid.Limits;
import vn.parindex.grid.Merge;
import vn.parindex.grid.ReadProblem;
import vn.parindex.grid.RowPlace;
import vn.parindex.text.Names;

/**
 * One Word table as a grid. A cell spanning columns ({@code w:gridSpan}) is one merged region across them; cells
 * merged down ({@code w:vMerge}: "restart", then continuing cells) one region down; cells skipped at a row's start
 * ({@code w:gridBefore}) are blank. A cell's text is its paragraphs (and runs) joined by spaces.
 */
final class WordTable {
    private WordTable() {
    }

    static Grid grid(XWPFTable table, int number, List<String> above) throws ReadProblem {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() > Limits.MAX_ROWS) {
            throw new ReadProblem("document_too_large", "table " + number + " has " + rows.size() + " rows, above"
                    + " the limit of " + Limits.MAX_ROWS);
        }
        List<List<String>> texts = new ArrayList<>();
        List<RowPlace> places = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        // Column → the region merged down from it that is under way: {first row, span, last row, column}.
        Map<Integer, int[]> openDown = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < gridBefore(row); i++) {
                cells.add("");
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                int column = cells.size();
                if (column >= Limits.MAX_COLUMNS) {
                    break;
                }
                int span = span(cell);
                STMerge.Enum vMerge = vMerge(cell);
                boolean continues = vMerge != null && vMerge != STMerge.RESTART && openDown.containsKey(column);
                cells.add(continues ? "" : text(cell));
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
                if (continues) {
                    openDown.get(column)[2] = r;
                } else {
                    close(openDown.remove(column), merges);
                    if (vMerge == STMerge.RESTART) {
                        openDown.put(column, new int[] {r, span, r, column});
                    } else if (span > 1) {
                        merges.add(new Merge(r, r, column, column + span - 1));
                    }
                }
            }
            // A column not continued in this row closes its region.
            for (Integer column : List.copyOf(openDown.keySet())) {
                if (openDown.get(column)[2] != r) {
                    close(openDown.remove(column), merges);
                }
            }
            texts.add(cells);
            places.add(new RowPlace(r + 1, "table " + number + ", row " + (r + 1)));
        }
        openDown.values().forEach(open -> close(open, merges));
        return new Grid("table " + number, texts, merges, above, places, false);
    }

    /** Closes a region merged down, {first row, span, last row, column}, into a merge; null: nothing open. */
    private static void close(int[] open, List<Merge> merges) {
        if (open != null && (open[2] > open[0] || open[1] > 1)) {
            merges.add(new Merge(open[0], open[2], open[3], open[3] + open[1] - 1));
        }
    }

    static String text(XWPFTableCell cell) {
        return Names.clean(cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .collect(Collectors.joining(" ")));
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger value = properties.getGridSpan().getVal();
        return value == null ? 1 : Math.max(1, Math.min(value.intValue(), Limits.MAX_COLUMNS));
    }

    /** RESTART, CONTINUE (also a vMerge without a value), or null when the cell is not merged down. */
    private static STMerge.Enum vMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return null;
        }
        STMerge.Enum value = properties.getVMerge().getVal();
        return value == null ? STMerge.CONTINUE : value;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger value = properties.getGridBeforeArray(0).getVal();
        return value == null ? 0 : Math.max(0, Math.min(value.intValue(), Limits.MAX_COLUMNS));
    }
}
