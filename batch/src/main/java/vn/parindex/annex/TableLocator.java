package vn.parindex.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.parindex.grid.Grid;
import vn.parindex.text.Numbers;

/**
 * Finds the ranking table in a grid: the title lines above it (the document's text above the table, then the
 * grid's rows above the header), a header of one or two rows (merged cells expanded), the numbering row
 * "(1) (2) (3)…" under it, and the first row of the table body.
 */
public final class TableLocator {
    /** Titles take a handful of rows; a header further down is not a published annex. */
    public static final int MAX_TITLE_ROWS = 30;
    private static final Pattern NUMBERING_CELL = Pattern.compile("[\\d\\s()=+*/xX.,-]+");

    /**
     * Where the table is: rows 0-based; header texts one per column, the most specific header row's text.
     *
     * @param headerTexts the header row's own texts (for recognising a header repeated on a later page)
     */
    public record Table(List<String> titleLines, int firstHeaderRow, int lastHeaderRow, int firstBodyRow,
                        List<HeaderColumn> columns, List<String> headerTexts) {
    }

    private TableLocator() {
    }

    public static Optional<Table> locate(Grid grid) {
        List<String> titleLines = new ArrayList<>(grid.textAbove());
        int lastScanned = Math.min(grid.rowCount() - 1, MAX_TITLE_ROWS);
        for (int rowIndex = 0; rowIndex <= lastScanned; rowIndex++) {
            // Own texts: a title merged across the width must not look like a header of repeated names.
            List<String> texts = grid.ownTexts(rowIndex, grid.width(rowIndex));
            List<HeaderColumn> columns = HeaderColumns.classify(texts);
            if (isHeader(columns)) {
                return Optional.of(table(grid, titleLines, rowIndex, texts));
            }
            String line = String.join(" ", texts.stream().filter(text -> !text.isEmpty()).distinct().toList());
            if (!line.isEmpty()) {
                titleLines.add(line);
            }
        }
        return Optional.empty();
    }

    private static Table table(Grid grid, List<String> titleLines, int headerRow, List<String> headerTexts) {
        int width = Math.max(headerTexts.size(), grid.width(headerRow + 1));
        List<String> specific = new ArrayList<>(headerTexts);
        int lastHeaderRow = headerRow;
        if (isSecondHeaderRow(grid, headerRow + 1, width)) {
            lastHeaderRow = headerRow + 1;
            for (int i = 0; i < width; i++) {
                String own = i < specific.size() ? specific.get(i) : "";
                // The lower row names the domain; the upper row then only says "Điểm các lĩnh vực" over them.
                String second = grid.text(lastHeaderRow, i);
                String chosen = second.isEmpty() ? own : second;
                if (i < specific.size()) {
                    specific.set(i, chosen);
                } else {
                    specific.add(chosen);
                }
            }
        }
        int firstBody = lastHeaderRow + 1;
        if (isNumberingRow(grid, firstBody)) {
            firstBody++;
        }
        return new Table(List.copyOf(titleLines), headerRow, lastHeaderRow, firstBody,
                HeaderColumns.classify(specific), List.copyOf(headerTexts));
    }

    /** A header names the unit column and at least one of STT, a total or a rank. */
    private static boolean isHeader(List<HeaderColumn> columns) {
        boolean unit = columns.stream().anyMatch(column -> column.role() == ColumnRole.UNIT);
        boolean other = columns.stream().anyMatch(column -> column.role() == ColumnRole.NUMBER
                || column.role() == ColumnRole.RANK || column.role() == ColumnRole.INDEX_TOTAL
                || column.role() == ColumnRole.POINTS_TOTAL);
        return unit && other;
    }

    /** Text in several cells and no number: the second line of a two-row header, not a group or data row. */
    private static boolean isSecondHeaderRow(Grid grid, int rowIndex, int width) {
        int texts = 0;
        for (int i = 0; i < width; i++) {
            String own = grid.ownText(rowIndex, i);
            if (own.isEmpty()) {
                continue;
            }
            if (Numbers.parse(own).isPresent() || NUMBERING_CELL.matcher(own).matches()) {
                return false;
            }
            texts++;
        }
        return texts >= 2;
    }

    /** "(1) (2) (3)…", "1 2 3 4=2+3": at least three cells, each only numbering. */
    static boolean isNumberingRow(Grid grid, int rowIndex) {
        int numbered = 0;
        for (int i = 0; i < grid.width(rowIndex); i++) {
            String own = grid.ownText(rowIndex, i);
            if (own.isEmpty()) {
                continue;
            }
            if (!NUMBERING_CELL.matcher(own).matches()) {
                return false;
            }
            numbered++;
        }
        return numbered >= 3;
    }
}
