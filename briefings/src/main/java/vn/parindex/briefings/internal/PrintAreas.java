package vn.parindex.briefings.internal;

import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * Each sheet's print area: its table's columns (the filter's, else the cells') and its charts, from the first row to
 * the last row or chart. Without one, LibreOffice prints as far as any text runs over to the right (a long "Nguồn số
 * liệu" or title), and fitting that to the page width shrinks the whole sheet.
 */
public final class PrintAreas {
    private PrintAreas() {
    }

    public static void set(XSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (workbook.getPrintArea(i) != null || sheet.getLastRowNum() < 0) {
                continue; // a writer that set its own (the task list leaves its reading columns off the page)
            }
            int lastColumn = tableColumns(sheet);
            int lastRow = sheet.getLastRowNum();
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            if (drawing != null) {
                for (CTTwoCellAnchor anchor : drawing.getCTDrawing().getTwoCellAnchorList()) {
                    // the "to" cell is where the chart ends: its column (row) is the first one it does not fill whole
                    lastColumn = Math.max(lastColumn, anchor.getTo().getCol() - (zero(anchor.getTo().getColOff()) ? 1 : 0));
                    lastRow = Math.max(lastRow, anchor.getTo().getRow() - (zero(anchor.getTo().getRowOff()) ? 1 : 0));
                }
            }
            workbook.setPrintArea(i, 0, Math.max(0, lastColumn), 0, lastRow);
        }
    }

    /** An anchor's offset (a number of EMUs, or a coordinate text) is nought. */
    private static boolean zero(Object offset) {
        return "0".equals(String.valueOf(offset));
    }

    /** The filtered table's last column; else the last column with a cell. */
    private static int tableColumns(XSSFSheet sheet) {
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            String ref = sheet.getCTWorksheet().getAutoFilter().getRef();
            return org.apache.poi.ss.util.CellRangeAddress.valueOf(ref).getLastColumn();
        }
        int last = 0;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            last = Math.max(last, ((XSSFRow) row).getLastCellNum() - 1);
        }
        return last;
    }
}
