package vn.parindex.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.BorderExtent;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PropertyTemplate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.TestInputs;

/**
 * Builds a published annex the way provinces lay them out: merged title rows, a header of one or two rows with
 * merged cells, a numbering row, group rows and unit rows whose cells may be numbers, text or formulas.
 */
public final class Annex {
    /** A formula cell; its cached value is computed when the workbook is saved, as Excel does. */
    record Formula(String expression) {
    }

    /** A number shown as a percentage (0.8912 shown as 89.12%), as some annexes store the index. */
    record Percent(double fraction) {
    }

    private final Workbook workbook;
    private final Sheet sheet;
    private final int width;
    private int next;
    private float rowHeight;
    private int[] borderRows;
    private final java.util.List<Integer> headerRows = new java.util.ArrayList<>();
    private int[] columnChars;

    private Annex(Workbook workbook, int width) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet("PL01");
        this.width = width;
    }

    public static Annex xlsx(int width) {
        return new Annex(new XSSFWorkbook(), width);
    }

    static Annex xls(int width) {
        return new Annex(new HSSFWorkbook(), width);
    }

    public static Formula formula(String expression) {
        return new Formula(expression);
    }

    /** The usual three title lines of an annex to a decision of the province. */
    public Annex standardTitle(String province, int year) {
        return title("ỦY BAN NHÂN DÂN " + province.toUpperCase(java.util.Locale.ROOT))
                .title("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year + " CỦA CÁC SỞ, BAN, NGÀNH")
                .title("(Kèm theo Quyết định số 456/QĐ-UBND ngày 20 tháng 3 năm " + (year + 1) + " của UBND tỉnh)");
    }

    /** A line merged across the table's width. */
    public Annex title(String text) {
        mergedRow(text);
        return this;
    }

    public Annex blank() {
        next++;
        return this;
    }

    public Annex header(String... texts) {
        headerRows.add(next);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
        return this;
    }

    /**
     * A header over two rows: a top cell with nothing under it is merged down; equal neighbouring top cells form one
     * merged cell over the lower row's names (only the first holds the text, as in Excel).
     */
    public Annex twoRowHeader(String[] top, String[] bottom) {
        headerRows.add(next);
        headerRows.add(next + 1);
        Row upper = sheet.createRow(next);
        Row lower = sheet.createRow(next + 1);
        int i = 0;
        while (i < top.length) {
            int end = i;
            while (end + 1 < top.length && top[end + 1].equals(top[i]) && !top[i].isEmpty()) {
                end++;
            }
            upper.createCell(i).setCellValue(top[i]);
            if (end > i) {
                sheet.addMergedRegion(new CellRangeAddress(next, next, i, end));
            }
            for (int j = i; j <= end; j++) {
                if (!bottom[j].isEmpty()) {
                    lower.createCell(j).setCellValue(bottom[j]);
                } else if (end == i) {
                    sheet.addMergedRegion(new CellRangeAddress(next, next + 1, i, i));
                }
            }
            i = end + 1;
        }
        next += 2;
        return this;
    }

    public Annex numbering() {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < width; i++) {
            row.createCell(i).setCellValue("(" + (i + 1) + ")");
        }
        return this;
    }

    public Annex group(String text) {
        mergedRow(text);
        return this;
    }

    /** A unit row: numbers, text or {@link Formula}s; null leaves the cell out. */
    public Annex row(Object... values) {
        Row row = sheet.createRow(next++);
        if (rowHeight > 0) {
            row.setHeightInPoints(rowHeight);
        }
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Percent percent) {
                cell.setCellValue(percent.fraction());
                var style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
                cell.setCellStyle(style);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.expression());
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    /** Rows created from now on are this tall (points), so a short table runs over several printed pages. */
    public Annex rowHeight(float points) {
        rowHeight = points;
        return this;
    }

    /** Thin borders around every cell of the rows given (0-based, inclusive), as a published table has. */
    public Annex borders(int firstRow, int lastRow) {
        borderRows = new int[] {firstRow, lastRow};
        return this;
    }

    /**
     * Laid out to print as a province's file does: these column widths (in characters), text wrapped in every cell of
     * the bordered rows, header rows tall enough for their wrapped names.
     */
    public Annex printable(int... widthsInCharacters) {
        columnChars = widthsInCharacters;
        return this;
    }

    /** Printed landscape, one page wide, as annexes are. */
    public Annex landscape() {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return this;
    }

    /** The rows (0-based, inclusive) printed again at the top of every page. */
    public Annex repeatRows(int first, int last) {
        sheet.setRepeatingRows(new CellRangeAddress(first, last, -1, -1));
        return this;
    }

    /** The Excel row number the next row will have. */
    int nextExcelRow() {
        return next + 1;
    }

    public byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (borderRows != null) {
                PropertyTemplate borders = new PropertyTemplate();
                borders.drawBorders(new CellRangeAddress(borderRows[0], borderRows[1], 0, width - 1),
                        BorderStyle.THIN, BorderExtent.ALL);
                borders.applyBorders(sheet);
            }
            if (columnChars != null) {
                layOutForPrint();
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path save(Path file) {
        return TestInputs.write(file, bytes());
    }

    private void layOutForPrint() {
        for (int i = 0; i < columnChars.length; i++) {
            sheet.setColumnWidth(i, columnChars[i] * 256);
        }
        java.util.Map<Short, org.apache.poi.ss.usermodel.CellStyle> wrapped = new java.util.HashMap<>();
        int first = borderRows == null ? 0 : borderRows[0];
        int last = borderRows == null ? next - 1 : borderRows[1];
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(wrapped.computeIfAbsent(cell.getCellStyle().getIndex(), index -> {
                    var style = workbook.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    style.setWrapText(true);
                    style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
                    return style;
                }));
            }
            if (headerRows.contains(r)) {
                row.setHeightInPoints(48);
            }
        }
    }

    private void mergedRow(String text) {
        Row row = sheet.createRow(next);
        row.createCell(0).setCellValue(text);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, width - 1));
        }
        next++;
    }
}
