package vn.parindex.workbook;

import java.math.BigDecimal;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.parindex.text.Names;

/**
 * Cell contents as text, the way the long form would write them: numbers in plain decimal notation, text cleaned,
 * formulas by their cached result (the product never recalculates a published table), merged regions by the value of
 * their top-left cell.
 */
public final class CellValues {
    /** What provinces write for "not applicable"; all become the long form's NA. */
    private static final Set<String> NOT_APPLICABLE = Set.of("", "-", "–", "—", "na", "n/a", "không đánh giá",
            "không chấm điểm", "kđg");

    private final Sheet sheet;
    private final java.util.List<CellRangeAddress> mergedRegions;

    CellValues(Sheet sheet) {
        this.sheet = sheet;
        this.mergedRegions = sheet.getMergedRegions();
    }

    /** The text of a cell, or of the merged region it lies in; blank when there is none. */
    String text(int rowIndex, int columnIndex) {
        Cell cell = cell(rowIndex, columnIndex);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            CellRangeAddress region = mergedRegion(rowIndex, columnIndex);
            if (region == null) {
                return "";
            }
            cell = cell(region.getFirstRow(), region.getFirstColumn());
        }
        return cell == null ? "" : text(cell);
    }

    /** The cell's own text, ignoring merged regions (a value row is never read from the row above it). */
    String ownText(int rowIndex, int columnIndex) {
        Cell cell = cell(rowIndex, columnIndex);
        return cell == null ? "" : text(cell);
    }

    public static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> plain(shownNumber(cell));
            case STRING -> Names.clean(cell.getRichStringCellValue().getString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** A cell formatted as a percentage holds 0.8912 and shows 89.12%: the index is what is shown. */
    private static double shownNumber(Cell cell) {
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%") && Double.isFinite(value);
        return percent ? BigDecimal.valueOf(value).movePointRight(2).doubleValue() : value;
    }

    /** A score cell's value for the long form: the number, or NA for "-", blank and "Không đánh giá". */
    static String score(String text) {
        return NOT_APPLICABLE.contains(Names.key(text)) ? "NA" : text;
    }

    static boolean isNotApplicable(String text) {
        return NOT_APPLICABLE.contains(Names.key(text));
    }

    /** 10.75 stays "10.75", 9.0 becomes "9": the shortest decimal of the double, as Excel shows it. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#ERROR";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    private Cell cell(int rowIndex, int columnIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? null : row.getCell(columnIndex);
    }

    private CellRangeAddress mergedRegion(int rowIndex, int columnIndex) {
        for (CellRangeAddress region : mergedRegions) {
            if (region.isInRange(rowIndex, columnIndex)) {
                return region;
            }
        }
        return null;
    }
}
