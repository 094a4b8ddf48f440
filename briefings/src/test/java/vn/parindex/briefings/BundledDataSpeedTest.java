package vn.parindex.briefings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every nightly briefing of the bundled data's published snapshot, timed; skipped when no snapshot has been
 * published on this machine (data/warehouse is output, not checked in). Timings go to target/briefings-timing.txt.
 */
class BundledDataSpeedTest {
    private static final Path EXTRACTS = Path.of("../data/warehouse/current/extracts");
    private static final long ALL_BRIEFINGS_MS = 20_000;
    private static final long ONE_UNIT_MS = 300;

    @TempDir
    Path dir;

    @Test
    void everyNightlyBriefingOfTheBundledDataIsWrittenInSeconds() throws Exception {
        assumeTrue(Files.isRegularFile(EXTRACTS.resolve("unit_year.csv")), "no published snapshot at " + EXTRACTS);
        BriefingData data = ExtractsCsv.read(EXTRACTS, "bundled");

        long started = System.nanoTime();
        int written = NightlyBriefings.writeAll(data, dir);
        long allMs = (System.nanoTime() - started) / 1_000_000;

        UnitYear oneUnit = data.latestUnitYears().get(0);
        long unitMs = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            long start = System.nanoTime();
            Briefings.writeUnit(data, oneUnit, new ByteArrayOutputStream());
            unitMs = Math.min(unitMs, (System.nanoTime() - start) / 1_000_000);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(written, files.filter(file -> file.toString().endsWith(".xlsx")).count());
        }
        assertEquals(data.rankedTables().size() + data.latestUnitYears().size(), written);
        Files.writeString(Path.of("target/briefings-timing.txt"), String.format(
                "%d briefings (%d province, %d unit) in %d ms; one unit briefing in %d ms%n", written,
                data.rankedTables().size(), data.latestUnitYears().size(), allMs, unitMs));
        assertTrue(allMs < ALL_BRIEFINGS_MS, "all briefings took " + allMs + " ms");
        assertTrue(unitMs < ONE_UNIT_MS, "one unit briefing took " + unitMs + " ms");
    }
}
