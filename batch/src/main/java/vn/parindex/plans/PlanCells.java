package vn.parindex.plans;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.parindex.workbook.CellValues;

/**
 * The text of a task workbook's cells as a plan CSV would have it: text as text, numbers in plain notation (plan_year
 * 2024.0 is "2024"), formulas by their saved result, and date cells as dates — yyyy-mm-dd, except in the deadline
 * column, where the grammar reads d/m/yyyy. A cell left blank inside a region merged down its column (one lead for
 * several tasks) takes the region's value; a region merged across (a group heading) gives only its first column.
 */
final class PlanCells {
    private final Sheet sheet;
    /** Blank cells of a region merged down its first column, to that region's top-left cell. */
    private final Map<CellAddress, CellAddress> mergedDown = new HashMap<>();

    PlanCells(Sheet sheet, int lastRow) {
        this.sheet = sheet;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            CellAddress top = new CellAddress(region.getFirstRow(), region.getFirstColumn());
            for (int row = region.getFirstRow() + 1; row <= Math.min(region.getLastRow(), lastRow); row++) {
                mergedDown.put(new CellAddress(row, region.getFirstColumn()), top);
            }
        }
    }

    /** The cell's own text (or its merged region's), for the given plan column. */
    String text(int rowIndex, int columnIndex, String column) {
        String own = text(cell(rowIndex, columnIndex), column);
        CellAddress top = mergedDown.get(new CellAddress(rowIndex, columnIndex));
        return own.isEmpty() && top != null ? text(cell(top.getRow(), top.getColumn()), column) : own;
    }

    /** The cell's own text, for a header. */
    String header(int rowIndex, int columnIndex) {
        return text(cell(rowIndex, columnIndex), "");
    }

    private static String text(Cell cell, String column) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return "deadline".equals(column)
                    ? date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear() : date.toString();
        }
        return CellValues.text(cell);
    }

    private Cell cell(int rowIndex, int columnIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? null : row.getCell(columnIndex);
    }
}
