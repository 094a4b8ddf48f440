package vn.parindex.briefings.internal;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** How a sheet scrolls, filters and prints: A4, fitted to the page width, header rows repeated on every page. */
public final class PageSetup {
    private PageSetup() {
    }

    /** A table sheet: frozen header, filter over the header and its rows, header repeated when printed. */
    public static void table(XSSFSheet sheet, int headerRow, int lastRow, int lastColumn, boolean landscape) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        a4(sheet, landscape, 0);
    }

    /** A4 and fitted to one page wide; {@code pagesTall} 0 lets it run onto as many pages as it needs. */
    public static void a4(XSSFSheet sheet, boolean landscape, int pagesTall) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesTall);
        sheet.setHorizontallyCenter(true);
        // narrow side margins (0,3 inch): every bit of width is a larger print of a wide table
        sheet.setMargin(PageMargin.LEFT, 0.3);
        sheet.setMargin(PageMargin.RIGHT, 0.3);
    }
}
