package vn.parindex.briefings;

import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.marts.records.UnitYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens each kind of workbook and prints it to PDF (Debian package libreoffice-calc-nogui). The PDFs
 * stay under target/pdf/ to look at. Without soffice: skipped, but failed under CI, where it must be installed.
 */
class LibreOfficeTest {
    private static final Path PDFS = Path.of("target/pdf");
    private static final long CONVERT_SECONDS = 120;

    @TempDir
    static Path workDir;
    private static String soffice;

    @FunctionalInterface
    private interface Workbook {
        void writeTo(OutputStream out) throws IOException;
    }

    @BeforeAll
    static void findSoffice() {
        soffice = List.of("soffice", "libreoffice").stream()
                .filter(LibreOfficeTest::onPath).findFirst().orElse(null);
        if (soffice == null) { // never a silent skip: the test command (./parindex test) installs it
            fail("soffice not found; install the Debian package libreoffice-calc-nogui (./parindex test does)");
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void assertConvertsToPdf(String name, Workbook workbook) throws Exception {
        Path pdf = convert(name, workbook, "pdf", PDFS);
        assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 1000, "no PDF for " + name);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    private static Path convert(String name, Workbook workbook, String format, Path outDir) throws Exception {
        Path xlsx = workDir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.writeTo(out);
        }
        Files.createDirectories(outDir);
        Path converted = outDir.resolve(name + "." + format.replaceAll(":.*", ""));
        Files.deleteIfExists(converted);
        // a profile of its own, so a LibreOffice already running for someone else does not swallow the request
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + workDir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toAbsolutePath().toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve(name + ".log").toFile()).start();
        assertTrue(process.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(workDir.resolve(name + ".log")));
        return converted;
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
        assertTrue(shown.contains("43.85/80"), shown);
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
