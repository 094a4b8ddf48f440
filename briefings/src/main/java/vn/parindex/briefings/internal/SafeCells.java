package vn.parindex.briefings.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.marts.HiddenCharacters;

/**
 * Writes the cells of one sheet: text always as a string cell (never a formula, however it starts), numbers as
 * numbers, blanks as no cell. Remembers the widest text of each column so the columns can be fitted without
 * POI's font-measuring autoSizeColumn, which is slow.
 */
public final class SafeCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int NUMBER_CHARS = 9;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final Map<Integer, Integer> widestChars = new HashMap<>();

    public SafeCells(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    public XSSFSheet sheet() {
        return sheet;
    }

    public Styles styles() {
        return styles;
    }

    /** Text a spreadsheet would read as a formula or a command if it were typed in. */
    public static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    private XSSFCell cell(int row, int column) {
        XSSFRow line = sheet.getRow(row);
        if (line == null) {
            line = sheet.createRow(row);
        }
        return line.createCell(column);
    }

    /** A title line: not measured, so it may run across the columns to its right. */
    public void title(int row, String value, boolean main) {
        write(row, 0, value, main ? styles.title : styles.subtitle, false);
    }

    /**
     * A new sheet whose first row says what the workbook is; the second (what kind of data, which snapshot) and the
     * third (the provenance note) are written by {@link SheetSources} once the sheet's figures are known.
     */
    public static SafeCells titledSheet(XSSFWorkbook workbook, Styles styles, String name, String title) {
        SafeCells cells = new SafeCells(workbook.createSheet(Workbooks.sheetName(name)), styles);
        cells.title(0, title, true);
        return cells;
    }

    /** Header cells in a row, from the given column on. */
    public void headers(int row, int firstColumn, String... values) {
        for (int i = 0; i < values.length; i++) {
            header(row, firstColumn + i, values[i]);
        }
    }

    /**
     * A header cell. It wraps (fitHeaderHeight gives it the lines), so it asks its column for a third of its text, at
     * least its longest word: a long header such as "Điểm chưa đạt bình quân (điểm chỉ số)" over a column of numbers
     * no longer widens the sheet, which printed one page wide shrank it all.
     */
    public void header(int row, int column, String value) {
        write(row, column, value, styles.header, false);
        if (value != null) {
            String shown = printable(value);
            int longestWord = java.util.Arrays.stream(shown.split("\\s+")).mapToInt(String::length).max().orElse(0);
            widestChars.merge(column, Math.max(longestWord, (shown.length() + 2) / 3), Math::max);
        }
    }

    public void label(int row, int column, String value) {
        write(row, column, value, styles.label, false);
    }

    public void text(int row, int column, String value) {
        write(row, column, value, styles.text, true);
    }

    /** Text that must stand out: where a figure does not come from a published result. */
    public void flagged(int row, int column, String value) {
        write(row, column, value, styles.flagged, true);
    }

    /** Flagged text that wraps in its column (a row's long "Nguồn số liệu"): give the row {@link #fitRowHeight}. */
    public void flaggedWrapped(int row, int column, String value) {
        write(row, column, value, styles.flaggedWrapped, false);
    }

    /**
     * A note across columns 0..lastColumn of its row, wrapped, the row made tall enough for it (Excel does not grow
     * rows of merged cells by itself).
     */
    public void note(int row, int lastColumn, String value) {
        write(row, 0, value, styles.note, false);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
        }
        int chars = 0;
        for (int column = 0; column <= lastColumn; column++) {
            chars += sheet.getColumnWidth(column) / 256;
        }
        int lines = (int) Math.ceil(value.length() * 0.9 / Math.max(20, chars)) + (int) value.chars()
                .filter(c -> c == '\n').count();
        sheet.getRow(row).setHeightInPoints(Math.min(8, Math.max(1, lines)) * 12f + 2);
    }

    /** Text on a coloured fill (a task's status), written like any text: never a formula. */
    public void filled(int row, int column, String value, String rgb) {
        write(row, column, value, styles.filled(rgb), true);
    }

    /** A date as an Excel date shown day/month/year. */
    public void date(int row, int column, java.time.LocalDate value) {
        if (value == null) {
            return;
        }
        XSSFCell cell = cell(row, column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(Styles.DATE));
        widestChars.merge(column, 10, Math::max);
    }

    /** Long text (item names) that wraps inside a column of fixed width. */
    public void wrapped(int row, int column, String value) {
        write(row, column, value, styles.wrapped, false);
    }

    /**
     * The text without control characters other than tab and line breaks (plan texts are typed by hand, and a bell
     * or a NUL would reach the sheet as an escape sequence Excel shows as garbage) and without bidi controls (a
     * right-to-left override would reorder what the cell shows; dropped before the formula check, so none can hide
     * a leading '='). Every text of a workbook goes through it: cells, chart titles and series names.
     */
    public static String printable(String value) {
        String shown = HiddenCharacters.withoutBidiControls(value);
        return shown == null ? null : shown.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                ? shown.replaceAll("[\\p{Cntrl}&&[^\t\n\r]]", "") : shown;
    }

    private void write(int row, int column, String text, XSSFCellStyle style, boolean measure) {
        if (text == null) {
            return;
        }
        String value = printable(text);
        XSSFCell cell = cell(row, column);
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
        if (measure) {
            int widest = value.lines().mapToInt(String::length).max().orElse(0);
            widestChars.merge(column, widest, Math::max);
        }
    }

    public void number(int row, int column, Double value) {
        number(row, column, value, Styles.TWO_DECIMALS);
    }

    /** A signed change: +1.25, -0.50. */
    public void change(int row, int column, Double value) {
        number(row, column, value, Styles.SIGNED_TWO_DECIMALS);
    }

    public void integer(int row, int column, Integer value) {
        number(row, column, value == null ? null : value.doubleValue(), Styles.INTEGER);
    }

    /** A rank movement: +2 moved up two places. */
    public void rankChange(int row, int column, Integer value) {
        number(row, column, value == null ? null : value.doubleValue(), Styles.SIGNED_INTEGER);
    }

    /** A rank stored as the number it is, shown as "11/19". */
    public void rank(int row, int column, Integer rank, Integer rankOf) {
        String format = rankOf == null ? Styles.INTEGER : "0\"/" + rankOf + "\"";
        number(row, column, rank == null ? null : rank.doubleValue(), format);
    }

    /** A number shown with this Excel format (a scale such as "/80", a rank "/63 (công bố)"). */
    public void number(int row, int column, Double value, String format) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return;
        }
        XSSFCell cell = cell(row, column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(format));
        widestChars.merge(column, NUMBER_CHARS, Math::max);
    }

    /** Fits every written column to its widest text, within [min, max] characters. */
    public void fitColumns(int minChars, int maxChars) {
        widestChars.forEach((column, chars) ->
                sheet.setColumnWidth(column, Math.max(minChars, Math.min(maxChars, chars + 2)) * 256));
    }

    /**
     * A row whose wrapped cells hold several lines: as tall as its tallest cell, lines counted by wrapping words at
     * the column's width (LibreOffice and Excel keep a row's stored height, so text that wraps past it would be cut
     * off or run over the next row when printed). Columns 0..lastColumn; at most {@link #MAX_ROW_LINES} lines.
     */
    public void fitRowHeight(int row, int lastColumn) {
        XSSFRow line = sheet.getRow(row);
        if (line == null) {
            return;
        }
        int lines = 1;
        for (int column = 0; column <= lastColumn; column++) {
            XSSFCell cell = line.getCell(column);
            if (cell != null && cell.getCellStyle().getWrapText()
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                lines = Math.max(lines, wrappedLines(cell.getStringCellValue(), sheet.getColumnWidth(column) / 256));
            }
        }
        line.setHeightInPoints(Math.min(MAX_ROW_LINES, lines) * LINE_POINTS + 2);
    }

    private static final int MAX_ROW_LINES = 27;
    /** One line of body text with the spacing LibreOffice and Excel give it (a little more, so nothing is cut). */
    private static final float LINE_POINTS = 13.5f;

    /**
     * How many lines the text takes in a column this many characters wide (the width of '0'): words wrapped greedily
     * at 1,2 characters of text per unit of width (letters are narrower than '0'; printed, LibreOffice fits about 1,4),
     * a word longer than a line broken.
     */
    static int wrappedLines(String text, int widthChars) {
        int perLine = Math.max(4, widthChars * 6 / 5 - 1);
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length > perLine) {
                    lines++;
                    used = 0;
                }
                while (length > perLine) {
                    lines++;
                    length -= perLine;
                }
                used += (used > 0 ? 1 : 0) + length;
            }
        }
        return Math.max(1, lines);
    }

    /** Header text wraps in fitted columns; give the row the lines it needs, as Excel does not on opening. */
    public void fitHeaderHeight(int row, int columns) {
        int lines = 1;
        for (int column = 0; column < columns; column++) {
            XSSFCell cell = sheet.getRow(row) == null ? null : sheet.getRow(row).getCell(column);
            if (cell != null) {
                int chars = Math.max(1, sheet.getColumnWidth(column) / 256 - 1);
                lines = Math.max(lines, (cell.getStringCellValue().length() + chars - 1) / chars);
            }
        }
        sheet.getRow(row).setHeightInPoints(Math.min(5, lines) * 15f);
    }
}
