package vn.parindex.briefings;

import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.marts.records.UnitYear;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens each kind of workbook and prints it to PDF (Debian package libreoffice-calc-nogui). The PDFs
 * stay under target/pdf/ to look at. Without soffice: skipped, but failed under CI, where it must be installed.
 */
class LibreOfficeTest {
    private static final Path PDFS = Path.of("target/pdf");

    @TempDir
    static Path workDir;
    private static CalcPrinter calc;

    @BeforeAll
    static void findSoffice() {
        calc = new CalcPrinter(workDir);
    }

    private static void assertConvertsToPdf(String name, CalcPrinter.Workbook workbook) throws Exception {
        Path pdf = calc.convert(name, workbook, "pdf", PDFS);
        assertTrue(Files.size(pdf) > 1000, "no PDF for " + name);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    private static Path convert(String name, CalcPrinter.Workbook workbook, String format, Path outDir)
            throws Exception {
        return calc.convert(name, workbook, format, outDir);
    }

    /**
     * LibreOffice shows the formats as a planner sees them: PAPI out of its scale, a published rank out of the
     * national table (its CSV export writes the first sheet's cells as displayed).
     */
    @Test
    void papiAndPublishedRanksDisplayAsWritten() throws Exception {
        Path csv = convert("papi", out -> Briefings.writeUnit(Fixture.data(), Fixture.PAPI_2021, out),
                "csv:Text - txt - csv (StarCalc):44,34,76", workDir.resolve("csv"));
        String shown = Files.readString(csv);
        assertTrue(shown.contains("43,85/80"), "in Vietnamese, as every figure: " + shown);
        assertTrue(shown.contains("40/63 (công bố)"), shown);
        assertTrue(shown.contains("nguồn không chính thức"), shown);
    }

    @Test
    void nationalTableWithPublishedRanksPrints() throws Exception {
        assertConvertsToPdf("national", out -> Briefings.writeProvince(Fixture.data(), Fixture.NATIONAL_2021, out));
    }

    @Test
    void provinceBriefingPrints() throws Exception {
        assertConvertsToPdf("province", out -> Briefings.writeProvince(Fixture.data(), Fixture.TABLE, out));
    }

    @Test
    void unitBriefingThatDoesNotReconcilePrints() throws Exception {
        assertConvertsToPdf("unit-unreconciled", out -> Briefings.writeUnit(Fixture.data(), Fixture.STTTT_2022, out));
    }

    @Test
    void unitBriefingPrints() throws Exception {
        assertConvertsToPdf("unit", out -> Briefings.writeUnit(Fixture.data(),
                new UnitYear("T-NV", Fixture.INDEX, Fixture.YEAR), out));
    }

    @Test
    void comparisonPrints() throws Exception {
        assertConvertsToPdf("comparison", out -> Briefings.writeComparison(Fixture.data(),
                new ComparisonRequest(Fixture.INDEX, List.of("T-NV", "T-M"), List.of(2023, 2024)), out));
    }
}
