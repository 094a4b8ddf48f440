package vn.parindex.briefings;

import vn.parindex.marts.records.UnitYear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice Writer opens the draft plan and prints it to PDF (Debian package libreoffice-writer-nogui). Not skipped
 * without it: the draft plan is meant to be opened in Writer, so a missing soffice fails the test, saying what to
 * install. The PDF stays under target/pdf/ to look at.
 */
class PlanDraftLibreOfficeTest {
    private static final Path PDFS = Path.of("target/pdf");
    private static final long CONVERT_SECONDS = 180;

    @TempDir
    Path workDir;

    private static String soffice() {
        String found = List.of("soffice", "libreoffice").stream()
                .filter(command -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command))))
                .findFirst().orElse(null);
        assertNotNull(found, "soffice not found: install the Debian package libreoffice-writer-nogui");
        return found;
    }

    /** Writes the draft of the unit-year, has Writer print it to target/pdf/{name}.pdf and returns the PDF. */
    private Path print(UnitYear unitYear, vn.parindex.briefings.data.BriefingData data, String name) throws Exception {
        String soffice = soffice();
        Path docx = workDir.resolve(name + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            Briefings.writePlanDraft(data, unitYear, out);
        }
        Files.createDirectories(PDFS);
        Path pdf = PDFS.resolve(name + ".pdf");
        Files.deleteIfExists(pdf);
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + workDir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", PDFS.toAbsolutePath().toString(),
                docx.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log));
        assertTrue(Files.isRegularFile(pdf), "no PDF (is libreoffice-writer-nogui installed?): " + Files.readString(log));
        return pdf;
    }

    /** A draft whose figures on the year before are derived (marked "suy ra" throughout) opens and prints too. */
    @Test
    void writerOpensADraftWithMarkedFigures() throws Exception {
        Path pdf = print(Fixture.STTTT_2022, Fixture.data(), "plan-draft-marked");
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void writerOpensTheDraftPlanAndPrintsItOnA4() throws Exception {
        Path pdf = print(PlanFixture.FORMULA_2024, PlanFixture.data(), "plan-draft");
        String content = Files.readString(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(content.startsWith("%PDF"));
        // A4 pages, portrait for the plan and landscape for the appendices: /MediaBox [0 0 595.x 841.x] and swapped
        Matcher boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*]").matcher(content);
        int portrait = 0;
        int landscape = 0;
        while (boxes.find()) {
            long width = Math.round(Double.parseDouble(boxes.group(1)));
            long height = Math.round(Double.parseDouble(boxes.group(2)));
            portrait += width == 595 && height == 842 ? 1 : 0;
            landscape += width == 842 && height == 595 ? 1 : 0;
        }
        assertTrue(portrait >= 1 && landscape >= 3, "A4 pages: " + portrait + " portrait, " + landscape + " landscape");
    }
}
