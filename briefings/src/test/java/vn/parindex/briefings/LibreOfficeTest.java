package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        if (soffice == null && System.getenv("CI") != null) {
            fail("soffice not found; install the Debian package libreoffice-calc-nogui");
        }
        assumeTrue(soffice != null, "soffice not found: LibreOffice checks skipped (apt-get install libreoffice-calc-nogui)");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void assertConvertsToPdf(String name, Workbook workbook) throws Exception {
        Path xlsx = workDir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.writeTo(out);
        }
        Files.createDirectories(PDFS);
        Path pdf = PDFS.resolve(name + ".pdf");
        Files.deleteIfExists(pdf);
        // a profile of its own, so a LibreOffice already running for someone else does not swallow the request
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + workDir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", PDFS.toAbsolutePath().toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve(name + ".log").toFile()).start();
        assertTrue(process.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(workDir.resolve(name + ".log")));
        assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 1000, "no PDF for " + name);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void provinceBriefingPrints() throws Exception {
        assertConvertsToPdf("province", out -> Briefings.writeProvince(Fixture.data(), Fixture.TABLE, out));
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
