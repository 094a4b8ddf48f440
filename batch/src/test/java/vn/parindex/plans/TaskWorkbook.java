package vn.parindex.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A task workbook as a planner saves it, built with POI: rows of text, numbers, date cells and formulas (saved with
 * their results, as Excel does).
 */
final class TaskWorkbook {
    /** A formula cell: its text without '='. */
    record Formula(String text) {
    }

    private final Workbook workbook;
    private final CellStyle dateStyle;
    private Sheet sheet;

    /** An .xlsx workbook. */
    TaskWorkbook(String sheetName) {
        this(new XSSFWorkbook(), sheetName);
    }

    private TaskWorkbook(Workbook workbook, String sheetName) {
        this.workbook = workbook;
        sheet = workbook.createSheet(sheetName);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** An Excel 97–2003 (.xls) workbook. */
    static TaskWorkbook xls(String sheetName) {
        return new TaskWorkbook(new HSSFWorkbook(), sheetName);
    }

    TaskWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** Cells from column A: String, Number, LocalDate, Formula; null leaves the cell out. */
    TaskWorkbook row(int excelRow, Object... cells) {
        Row row = sheet.createRow(excelRow - 1);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    /** Merges the cells of Excel rows first–last, columns first–last (0-based). */
    TaskWorkbook merge(int firstExcelRow, int lastExcelRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstExcelRow - 1, lastExcelRow - 1, firstColumn, lastColumn));
        return this;
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
}
