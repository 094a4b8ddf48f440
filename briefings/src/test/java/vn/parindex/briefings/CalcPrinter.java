package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice Calc, headless, converting a workbook as a planner prints it (Debian package libreoffice-calc-nogui),
 * with a profile of its own so that a LibreOffice already running for someone else does not swallow the request.
 */
final class CalcPrinter {
    private static final long CONVERT_SECONDS = 120;

    /** A workbook written to a stream. */
    @FunctionalInterface
    interface Workbook {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path workDir;
    private final String soffice;
    private final Map<String, String> environment;

    /** Fails (never skips) when soffice is missing: the test command (./parindex test) installs it. */
    CalcPrinter(Path workDir) {
        this(workDir, Map.of());
    }

    /**
     * @param environment variables set for LibreOffice, e.g. LANG=en_US.UTF-8 to print as a viewer with an English
     *                    locale does (the profile under workDir is made fresh for it)
     */
    CalcPrinter(Path workDir, Map<String, String> environment) {
        this.workDir = workDir;
        this.environment = Map.copyOf(environment);
        soffice = Stream.of("soffice", "libreoffice").filter(CalcPrinter::onPath).findFirst().orElse(null);
        if (soffice == null) {
            fail("soffice not found; install the Debian package libreoffice-calc-nogui (./parindex test does)");
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Writes the workbook as name.xlsx and converts it to {@code format} ("pdf", "csv:…") into outDir. */
    Path convert(String name, Workbook workbook, String format, Path outDir) throws Exception {
        Path xlsx = workDir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.writeTo(out);
        }
        Files.createDirectories(outDir);
        Path converted = outDir.resolve(name + "." + format.replaceAll(":.*", ""));
        Files.deleteIfExists(converted);
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(soffice, "-env:UserInstallation="
                + workDir.resolve("profile").toUri(), "--headless", "--convert-to", format, "--outdir",
                outDir.toAbsolutePath().toString(), xlsx.toString());
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(CONVERT_SECONDS, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(log));
        assertTrue(Files.isRegularFile(converted), "no " + format + " for " + name + ": " + Files.readString(log));
        return converted;
    }
}
