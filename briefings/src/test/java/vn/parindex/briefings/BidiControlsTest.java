package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.UnitYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.marts.HiddenCharacters;

/**
 * A right-to-left override in a unit's name would reorder what a cell, a chart or the window title shows: no workbook
 * text carries a bidi control (cells, sheet names, chart titles and series names, document title), and one placed
 * before an '=' cannot hide a formula from the no-formula rule.
 */
class BidiControlsTest {
    private static final String RLO_NAME = "\u202ESở Tư pháp\u202C \u2067(mới)\u2069";
    private static final String RLO_FORMULA = "\u202E=HYPERLINK(\"http://example.org\")";

    private static BriefingData data() {
        List<UnitResult> units = new ArrayList<>(Fixture.units());
        units.add(new UnitRow(Fixture.PROVINCE, Fixture.TIER, Fixture.INDEX, "T-RLO", RLO_NAME, Fixture.YEAR)
                .value(79.0).rank(4, 5, "computed").build());
        units.add(new UnitRow(Fixture.PROVINCE, Fixture.TIER, Fixture.INDEX, "T-RLF", RLO_FORMULA, Fixture.YEAR)
                .value(78.0).rank(5, 5, "computed").build());
        return new BriefingData(Fixture.SNAPSHOT, units, Fixture.items(), Fixture.lossDrivers(),
                Fixture.provinceItems(), Fixture.targets());
    }

    /** Every text of the workbook: cells, sheet names, the charts' XML (titles, series names), the title. */
    private static String allText(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder(workbook.getProperties().getCoreProperties().getTitle()).append('\n');
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            text.append(sheet.getSheetName()).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        text.append(cell.getStringCellValue()).append('\n');
                    }
                }
            }
            for (XSSFChart chart : sheet.createDrawingPatriarch().getCharts()) {
                text.append(chart.getCTChart().xmlText()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theProvinceWorkbookShowsNamesWithoutBidiControls() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeProvince(data(), Fixture.TABLE, out))) {
            String text = allText(workbook);
            assertTrue(text.codePoints().noneMatch(HiddenCharacters::isBidiControl), text);
            assertTrue(text.contains("Sở Tư pháp (mới)"), text);
            WorkbookAssertions.assertWrittenAsQuotedText(workbook, "=HYPERLINK(\"http://example.org\")");
            WorkbookAssertions.assertNoFormulas(workbook);
        }
    }

    @Test
    void theUnitBriefingTitledByTheNameHasNoBidiControl() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(data(), new UnitYear("T-RLO", Fixture.INDEX, Fixture.YEAR), out))) {
            String text = allText(workbook);
            assertTrue(text.codePoints().noneMatch(HiddenCharacters::isBidiControl), text);
            assertEquals("Sở Tư pháp (mới) — Chỉ số CCHC năm 2024",
                    workbook.getSheet("Tóm tắt").getRow(0).getCell(0).getStringCellValue());
            assertTrue(workbook.getProperties().getCoreProperties().getTitle().endsWith("Sở Tư pháp (mới)"),
                    workbook.getProperties().getCoreProperties().getTitle());
        }
    }
}
