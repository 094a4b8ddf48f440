package vn.parindex.briefings.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, created once: a workbook holds at most 64,000 styles, and one per cell would also
 * bloat the file. Number formats keep two decimals, as the marts are rounded, and carry the Vietnamese locale tag
 * ({@link #vietnamese}): the numbers read 87,13 whatever the viewer's own locale.
 */
public final class Styles {
    public static final String TWO_DECIMALS = "0.00";
    public static final String SIGNED_TWO_DECIMALS = "+0.00;-0.00;0.00";
    public static final String INTEGER = "0";
    public static final String SIGNED_INTEGER = "+0;-0;0";
    public static final String DATE = "dd/mm/yyyy";
    /**
     * The locale tag of Vietnamese (LCID 042A) before a number format: LibreOffice then writes the number with
     * Vietnamese separators (87,13) under any locale of its own; without it, 87.13 under an English one.
     */
    public static final String VIETNAMESE = "[$-42A]";
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
    /** Light orange: a figure that is not from a published result. */
    private static final byte[] FLAG_FILL = {(byte) 0xFC, (byte) 0xE4, (byte) 0xD6};

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> byFormat = new HashMap<>();
    private final Map<XSSFCellStyle, XSSFCellStyle> quoted = new HashMap<>();
    private final Map<String, XSSFCellStyle> fills = new HashMap<>();
    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle label;
    final XSSFCellStyle flagged;
    final XSSFCellStyle flaggedWrapped;
    final XSSFCellStyle note;

    public Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = workbook.createCellStyle();
        title.setFont(font(14, true));
        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(10, false));
        header = workbook.createCellStyle();
        header.setFont(font(11, true));
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        label = workbook.createCellStyle();
        label.setFont(font(11, true));
        flagged = workbook.createCellStyle();
        flagged.cloneStyleFrom(text);
        flagged.setFillForegroundColor(new XSSFColor(FLAG_FILL, null));
        flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        flaggedWrapped = workbook.createCellStyle();
        flaggedWrapped.cloneStyleFrom(flagged);
        flaggedWrapped.setWrapText(true);
        note = workbook.createCellStyle();
        note.setFont(font(9, false));
        note.getFont().setItalic(true);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private XSSFFont font(int points, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }

    /** The format with the Vietnamese locale tag in front, unless it has a locale tag of its own. */
    public static String vietnamese(String format) {
        return format.startsWith("[$-") ? format : VIETNAMESE + format;
    }

    /**
     * A number style with this Excel format, e.g. {@link #TWO_DECIMALS} or {@code 0"/19"} for "rank 11/19", written
     * in Vietnamese ({@link #vietnamese}): the one place where the workbooks' formats become styles.
     */
    XSSFCellStyle number(String format) {
        return byFormat.computeIfAbsent(format, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(vietnamese(key)));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** Wrapped text on a solid fill of this colour ("FFC7CE"), e.g. a task's status. */
    XSSFCellStyle filled(String rgb) {
        return fills.computeIfAbsent(rgb, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(text);
            style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(key), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** The same style with Excel's leading apostrophe, so text like "=SUM(A1)" stays text when a planner edits it. */
    XSSFCellStyle quoted(XSSFCellStyle base) {
        return quoted.computeIfAbsent(base, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(key);
            style.setQuotePrefixed(true);
            return style;
        });
    }
}
