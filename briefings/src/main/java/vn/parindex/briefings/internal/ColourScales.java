package vn.parindex.briefings.internal;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Three-colour scales (red, yellow, green) that Excel and LibreOffice both draw from the cells' own values. */
public final class ColourScales {
    private static final String RED = "FFF8696B";
    private static final String YELLOW = "FFFFEB84";
    private static final String GREEN = "FF63BE7B";

    private ColourScales() {
    }

    /** High is good: attainment. */
    public static void higherIsBetter(XSSFSheet sheet, CellRangeAddress cells) {
        add(sheet, cells, RED, GREEN);
    }

    /** High is bad: points lost. */
    public static void lowerIsBetter(XSSFSheet sheet, CellRangeAddress cells) {
        add(sheet, cells, GREEN, RED);
    }

    private static void add(XSSFSheet sheet, CellRangeAddress cells, String lowColour, String highColour) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        scale.getThresholds()[1].setValue(50d);
        scale.getThresholds()[2].setRangeType(RangeType.MAX);
        ((ExtendedColor) scale.getColors()[0]).setARGBHex(lowColour);
        ((ExtendedColor) scale.getColors()[1]).setARGBHex(YELLOW);
        ((ExtendedColor) scale.getColors()[2]).setARGBHex(highColour);
        formatting.addConditionalFormatting(new CellRangeAddress[] {cells}, rule);
    }
}
