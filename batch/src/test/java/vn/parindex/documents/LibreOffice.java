package vn.parindex.documents;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints a workbook (Calc) or a Word file (Writer) to PDF the way a province does, with LibreOffice headless and a
 * private profile so parallel runs do not clash. A missing soffice fails the test, naming the package to install.
 */
public final class LibreOffice {
    private static final long CONVERT_SECONDS = 180;

    private LibreOffice() {
    }

    /** The PDF LibreOffice prints of the file, in {@code outDir}, named like the file with .pdf. */
    public static Path toPdf(Path file, Path outDir) {
        try {
            Files.createDirectories(outDir);
            Path profile = Files.createTempDirectory("parindex-lo-profile");
            Path log = outDir.resolve("soffice.log");
            Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", outDir.toAbsolutePath().toString(),
                    file.toAbsolutePath().toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(process.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS), "soffice did not finish");
            String name = file.getFileName().toString();
            Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertTrue(Files.isRegularFile(pdf), "soffice wrote no PDF: " + Files.readString(log));
            return pdf;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String soffice() {
        String found = List.of("soffice", "libreoffice").stream()
                .filter(name -> List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, name))))
                .findFirst().orElse(null);
        assertNotNull(found, "soffice not found: install the Debian packages libreoffice-calc-nogui and"
                + " libreoffice-writer-nogui");
        return found;
    }
}
