package vn.parindex.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.parindex.text.Names;

/**
 * Cell contents as text, the way the long form would write them: numbers in plain decimal notation, text cleaned,
 * formulas by their cached result (the product never recalculates a published table), dates as d/m/yyyy.
 */
public final class CellValues {
    private CellValues() {
    }

    public static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell) : plain(shownNumber(cell));
            case STRING -> Names.clean(cell.getRichStringCellValue().getString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** A date cell as a Vietnamese plan writes it (a deadline's grammar and done_on both read d/m/yyyy). */
    private static String date(Cell cell) {
        LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** A cell formatted as a percentage holds 0.8912 and shows 89.12%: the index is what is shown. */
    private static double shownNumber(Cell cell) {
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%") && Double.isFinite(value);
        return percent ? BigDecimal.valueOf(value).movePointRight(2).doubleValue() : value;
    }

    /** 10.75 stays "10.75", 9.0 becomes "9": the shortest decimal of the double, as Excel shows it. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#ERROR";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
