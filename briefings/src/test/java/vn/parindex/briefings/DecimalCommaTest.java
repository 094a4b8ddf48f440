package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.briefings.data.ComparisonRequest;

/**
 * A workbook's numbers read with a decimal comma whatever the viewer's locale: printed by LibreOffice under an English
 * locale (LANG=en_US.UTF-8, a fresh profile), a real briefing shows 87,13, never 87.13, and its numbers stay numbers.
 */
class DecimalCommaTest {
    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8");

    @TempDir
    static Path workDir;
    private static CalcPrinter english;

    @BeforeAll
    static void findSoffice() {
        english = new CalcPrinter(workDir, ENGLISH);
    }

    private static String printed(String name, CalcPrinter.Workbook workbook) throws Exception {
        Path pdf = english.convert(name, workbook, "pdf", Path.of("target/pdf-en"));
        // a Java stream over the printed pages of one small workbook, not a Spark collect
        return PrintedPages.read(pdf).stream().map(PrintedPages.Page::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aUnitBriefingPrintsItsFiguresWithADecimalCommaUnderAnEnglishLocale() throws Exception {
        String text = printed("unit-en", out -> Briefings.writeUnit(Fixture.data(), Fixture.STTTT_2022, out));
        assertTrue(text.contains("87,13") && text.contains("12,87") && text.contains("-4,67"), text);
        assertFalse(text.contains("87.13") || text.contains("12.87"), text);
        assertFalse(text.matches("(?s).*\\b\\d+\\.\\d\\d\\b.*"), "no number with a decimal point: " + text);
    }

    @Test
    void theComparisonAndProvinceWorkbooksToo() throws Exception {
        String comparison = printed("comparison-en", out -> Briefings.writeComparison(Fixture.data(),
                new ComparisonRequest(Fixture.INDEX, List.of("T-NV", "T-M"), List.of(2023, 2024)), out));
        assertTrue(comparison.contains("87,50"), comparison);
        assertFalse(comparison.matches("(?s).*\\b\\d+\\.\\d\\d\\b.*"), comparison);
        String province = printed("province-en", out -> Briefings.writeProvince(Fixture.data(), Fixture.TABLE, out));
        assertFalse(province.matches("(?s).*\\b\\d+\\.\\d\\d\\b.*"), province);
    }

    @Test
    void theFiguresStayNumbers() throws Exception {
        try (XSSFWorkbook workbook = WorkbookAssertions.writeAndOpen(
                out -> Briefings.writeUnit(Fixture.data(), Fixture.STTTT_2022, out))) {
            XSSFCell value = workbook.getSheet("Tóm tắt").getRow(3).getCell(1);
            assertEquals(CellType.NUMERIC, value.getCellType(), value.getAddress().toString());
            assertEquals(87.13, value.getNumericCellValue(), 1e-9);
            assertTrue(value.getCellStyle().getDataFormatString().startsWith("[$-42A]"),
                    value.getCellStyle().getDataFormatString());
        }
    }
}
