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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.TestInputs;

/**
 * Builds a published annex the way provinces lay them out: merged title rows, a header of one or two rows with
 * merged cells, a numbering row, group rows and unit rows whose cells may be numbers, text or formulas.
 */
final class Annex {
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

    private Annex(Workbook workbook, int width) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet("PL01");
        this.width = width;
    }

    static Annex xlsx(int width) {
        return new Annex(new XSSFWorkbook(), width);
    }

    static Annex xls(int width) {
        return new Annex(new HSSFWorkbook(), width);
    }

    static Formula formula(String expression) {
        return new Formula(expression);
    }

    /** The usual three title lines of an annex to a decision of the province. */
    Annex standardTitle(String province, int year) {
        return title("ỦY BAN NHÂN DÂN " + province.toUpperCase(java.util.Locale.ROOT))
                .title("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year + " CỦA CÁC SỞ, BAN, NGÀNH")
                .title("(Kèm theo Quyết định số 456/QĐ-UBND ngày 20 tháng 3 năm " + (year + 1) + " của UBND tỉnh)");
    }

    /** A line merged across the table's width. */
    Annex title(String text) {
        mergedRow(text);
        return this;
    }

    Annex blank() {
        next++;
        return this;
    }

    Annex header(String... texts) {
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
    Annex twoRowHeader(String[] top, String[] bottom) {
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

    Annex numbering() {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < width; i++) {
            row.createCell(i).setCellValue("(" + (i + 1) + ")");
        }
        return this;
    }

    Annex group(String text) {
        mergedRow(text);
        return this;
    }

    /** A unit row: numbers, text or {@link Formula}s; null leaves the cell out. */
    Annex row(Object... values) {
        Row row = sheet.createRow(next++);
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

    /** The Excel row number the next row will have. */
    int nextExcelRow() {
        return next + 1;
    }

    byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path save(Path file) {
        return TestInputs.write(file, bytes());
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
