package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.publish.Warehouse;

/** What a careless operator or a broken sync does to a run: the night still ends in a clear, safe state. */
class ReliabilityTest {
    @TempDir
    Path dir;

    private static RunOutcome run(Path input, Path warehouse, boolean allowEmpty) {
        return NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", true, TestInputs.AS_OF, allowEmpty),
                RepositorySettings.h2In(warehouse));
    }

    @Test
    void anEmptyScoresFolderPublishesNothingUnlessAllowed() throws IOException {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        assertEquals(RunOutcome.OK, run(input, warehouse, false).exitCode());
        String published = new Warehouse(warehouse).currentManifest().orElseThrow().id();
        try (Stream<Path> files = Files.list(input.resolve("scores"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        RunOutcome empty = run(input, warehouse, false);

        assertEquals(RunOutcome.NOTHING_PUBLISHED, empty.exitCode(), empty.summary());
        assertTrue(empty.summary().contains("--allow-empty"), empty.summary());
        assertEquals(published, new Warehouse(warehouse).currentManifest().orElseThrow().id(), "current kept");
        RunOutcome allowed = run(input, warehouse, true);
        assertTrue(allowed.exitCode() == RunOutcome.OK, allowed.summary());
        assertFalse(published.equals(new Warehouse(warehouse).currentManifest().orElseThrow().id()));
    }

    @Test
    void aDamagedJobRepositoryIsMovedAsideAndTheRunGoesOn() throws IOException {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouse = dir.resolve("warehouse");
        assertEquals(RunOutcome.OK, run(input, warehouse, false).exitCode());
        Path database = warehouse.resolve("jobrepo/parindex.mv.db");
        byte[] whole = Files.readAllBytes(database);
        // truncated, as a full disk leaves it, and its two 4 KB header blocks overwritten: H2 reopens a file that is
        // only truncated from an earlier chunk when the cut leaves one whole, so truncation alone damages it or not
        // depending on where the run's last chunks landed
        byte[] damaged = java.util.Arrays.copyOf(whole, Math.max(8192, whole.length / 3));
        java.util.Arrays.fill(damaged, 0, 8192, (byte) 0);
        Files.write(database, damaged);

        RunOutcome outcome = run(input, warehouse, false);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        try (Stream<Path> siblings = Files.list(warehouse)) {
            assertEquals(1, siblings.filter(p -> p.getFileName().toString().startsWith("jobrepo.damaged-")).count());
        }
        assertTrue(Files.exists(database), "a new repository was created");
    }

    @Test
    void unknownOptionsAndMissingValuesRunNothing() {
        var out = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        Path elsewhere = dir.resolve("x");
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--warehose", elsewhere.toString()}, print));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"validate", "--inptu", "/nonexistent"}, print));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--input"}, print));
        assertEquals(2, vn.parindex.MainAccess.exitCode(new String[]{"run", "--as-of", "15/6/2024"}, print));
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.contains("unknown option --warehose"), printed);
        assertTrue(printed.contains("usage: ./parindex"), printed);
        assertFalse(Files.exists(elsewhere));
    }

    @Test
    void aFailureEndsInOneLineNamingWhatToFix() {
        Exception full = new RuntimeException("job failed", new IOException(
                "writing /data/warehouse/snapshots/x/extracts/unit_year.csv", new IOException("No space left on device")));
        assertEquals("No space left on device while writing /data/warehouse/snapshots/x/extracts/unit_year.csv",
                FailureCause.of(full));
        Exception mkdirs = new RuntimeException(new IOException("Mkdirs failed to create /data/warehouse/snapshots/x"));
        assertTrue(FailureCause.of(mkdirs).startsWith("Cannot write /data/warehouse/snapshots/x"),
                FailureCause.of(mkdirs));
        assertEquals(List.of(1L), List.of(FailureCause.of(new IllegalStateException("a\nb\nc")).lines().count()));
    }
}
