package vn.parindex.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.parindex.text.Numbers;

/**
 * Finds the ranking table in a sheet: the title rows above it, a header of one or two rows (merged cells expanded),
 * the numbering row "(1) (2) (3)…" under it, and the first row of the table body.
 */
public final class TableLocator {
    /** Titles take a handful of rows; a header further down is not a published annex. */
    public static final int MAX_TITLE_ROWS = 30;
    public static final int MAX_COLUMNS = 200;
    private static final Pattern NUMBERING_CELL = Pattern.compile("[\\d\\s()=+*/xX.,-]+");

    /** Where the table is: rows 0-based; header texts one per column, the most specific header row's text. */
    public record Table(List<String> titleLines, int firstHeaderRow, int lastHeaderRow, int firstBodyRow,
                        List<HeaderColumn> columns) {
    }

    private TableLocator() {
    }

    public static Optional<Table> locate(Sheet sheet, CellValues cells) {
        List<String> titleLines = new ArrayList<>();
        int lastScanned = Math.min(sheet.getLastRowNum(), MAX_TITLE_ROWS);
        for (int rowIndex = sheet.getFirstRowNum(); rowIndex >= 0 && rowIndex <= lastScanned; rowIndex++) {
            int width = width(sheet, rowIndex);
            // Own texts: a title merged across the width must not look like a header of repeated names.
            List<String> texts = ownTexts(cells, rowIndex, width);
            List<HeaderColumn> columns = HeaderColumns.classify(texts);
            if (isHeader(columns)) {
                return Optional.of(table(sheet, cells, titleLines, rowIndex, texts));
            }
            String line = String.join(" ", texts.stream().filter(text -> !text.isEmpty()).distinct().toList());
            if (!line.isEmpty()) {
                titleLines.add(line);
            }
        }
        return Optional.empty();
    }

    private static Table table(Sheet sheet, CellValues cells, List<String> titleLines, int headerRow,
                               List<String> headerTexts) {
        int width = Math.max(headerTexts.size(), width(sheet, headerRow + 1));
        List<String> specific = new ArrayList<>(headerTexts);
        int lastHeaderRow = headerRow;
        if (isSecondHeaderRow(cells, headerRow + 1, width)) {
            lastHeaderRow = headerRow + 1;
            List<String> second = texts(cells, lastHeaderRow, width);
            for (int i = 0; i < width; i++) {
                String own = i < specific.size() ? specific.get(i) : "";
                // The lower row names the domain; the upper row then only says "Điểm các lĩnh vực" over them.
                String chosen = second.get(i).isEmpty() ? own : second.get(i);
                if (i < specific.size()) {
                    specific.set(i, chosen);
                } else {
                    specific.add(chosen);
                }
            }
        }
        int firstBody = lastHeaderRow + 1;
        if (isNumberingRow(cells, firstBody, width)) {
            firstBody++;
        }
        return new Table(List.copyOf(titleLines), headerRow, lastHeaderRow, firstBody,
                HeaderColumns.classify(specific));
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
    private static boolean isSecondHeaderRow(CellValues cells, int rowIndex, int width) {
        int texts = 0;
        for (int i = 0; i < width; i++) {
            String own = cells.ownText(rowIndex, i);
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

    static boolean isNumberingRow(CellValues cells, int rowIndex, int width) {
        int numbered = 0;
        for (int i = 0; i < width; i++) {
            String own = cells.ownText(rowIndex, i);
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

    private static List<String> ownTexts(CellValues cells, int rowIndex, int width) {
        List<String> texts = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            texts.add(cells.ownText(rowIndex, i));
        }
        return texts;
    }

    private static List<String> texts(CellValues cells, int rowIndex, int width) {
        List<String> texts = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            texts.add(cells.text(rowIndex, i));
        }
        return texts;
    }

    static int width(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? 0 : Math.max(0, Math.min(row.getLastCellNum(), MAX_COLUMNS));
    }
}
