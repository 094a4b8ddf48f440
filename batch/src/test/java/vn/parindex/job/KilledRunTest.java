package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * A run killed in the middle (a real separate JVM, halted as by kill -9 right after it computed a new snapshot)
 * leaves `current` on the last complete snapshot; the next run recovers the job repository and completes.
 */
class KilledRunTest {
    @TempDir
    Path dir;

    private Path input;
    private Path warehouseDir;
    private Warehouse warehouse;
    private RunRequest request;

    /** A first run published the example; a new file came since, so the next run has work to do. */
    private Manifest publishedThenANewFile() throws Exception {
        input = TestInputs.copyExampleInput(dir);
        warehouseDir = dir.resolve("warehouse");
        warehouse = new Warehouse(warehouseDir);
        request = new RunRequest(input, warehouseDir, "local[2]", false);
        assertEquals(RunOutcome.OK, NightlyRunner.run(request, RepositorySettings.h2In(warehouseDir)).exitCode());
        Manifest before = warehouse.currentManifest().orElseThrow();
        TestInputs.write(input.resolve("scores/2024-late.csv"),
                "province,year,unit,index,code,score\nTỉnh Mẫu,2024,X-NV,PAR,TOTAL,89\n");
        return before;
    }

    @Test
    void aKilledRunChangesNothingVisibleAndTheNextRunCompletes() throws Exception {
        Manifest before = publishedThenANewFile();

        Process killed = childRun(input, warehouseDir, "compute");
        assertTrue(killed.waitFor(5, TimeUnit.MINUTES), "the child run did not end");
        assertEquals(137, killed.exitValue(), "the child must have been halted after its compute step");

        assertEquals(before.id(), warehouse.currentManifest().orElseThrow().id(), "current still shows the old snapshot");
        try (Stream<Path> snapshots = Files.list(warehouse.snapshots())) {
            assertEquals(1, snapshots.filter(s -> !Files.exists(vn.parindex.marts.SnapshotLayout.manifest(s))).count(),
                    "the killed run left a half-written snapshot behind");
        }

        assertTheNextRunCompletes(before);
    }

    /**
     * SIGTERM in the middle of the computation (a real JVM, the signal a service manager or the launcher's trap
     * sends): the run says it was stopped by the signal, during which step, and that nothing was published, instead of
     * "SparkContext has been shutdown"; it exits with 1; `current` is unchanged and the next run completes.
     */
    @Test
    void aRunStoppedBySigtermSaysSoAndTheNextRunCompletes() throws Exception {
        Manifest before = publishedThenANewFile();
        Path log = dir.resolve("child.log");

        Process stopped = childRun(input, warehouseDir, null);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!computing(warehouse)) { // Spark is writing the new snapshot's marts
            assertTrue(stopped.isAlive(), "the child ended before its compute step: " + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "no compute step within 3 minutes");
            Thread.sleep(20);
        }
        stopped.destroy(); // SIGTERM
        assertTrue(stopped.waitFor(1, TimeUnit.MINUTES), "the stopped run did not end");

        String printed = Files.readString(log);
        assertEquals(RunOutcome.FAILED, stopped.exitValue(), printed);
        assertTrue(printed.contains("parindex: stopped by a signal (SIGTERM) during compute; nothing published, current"
                + " still " + before.id()), printed);
        assertFalse(printed.contains("SparkContext has been shutdown"), printed);
        assertFalse(printed.contains("internal failure"), printed);
        assertEquals(before.id(), warehouse.currentManifest().orElseThrow().id(), "current still shows the old snapshot");
        // the progress went to the warehouse's run log, not the terminal (issue 21, item 6)
        assertFalse(printed.contains(" INFO "), printed);
        String runLog = Files.readString(vn.parindex.cli.RunLog.in(warehouseDir));
        assertTrue(runLog.contains("step cpu ingest"), runLog);

        assertTheNextRunCompletes(before);
    }

    /**
     * The run after the cut-off one publishes the new file, tidies the half-written snapshot, and the job repository
     * says completed, failed (the cut-off one, recovered), completed.
     */
    private void assertTheNextRunCompletes(Manifest before) throws Exception {
        RunOutcome rerun = NightlyRunner.run(request, RepositorySettings.h2In(warehouseDir));

        assertEquals(RunOutcome.OK, rerun.exitCode(), rerun.summary());
        Manifest after = warehouse.currentManifest().orElseThrow();
        assertNotEquals(before.id(), after.id());
        assertTrue(after.inputFiles().contains("scores/2024-late.csv"));
        try (Stream<Path> snapshots = Files.list(warehouse.snapshots())) {
            assertFalse(snapshots.anyMatch(s -> !Files.exists(vn.parindex.marts.SnapshotLayout.manifest(s))),
                    "the half-written snapshot is tidied away");
        }
        assertEquals(List.of("COMPLETED", "FAILED", "COMPLETED"), jobStatuses(warehouseDir));
    }

    /** A snapshot folder without a manifest has marts: the compute step is writing them. */
    private static boolean computing(Warehouse warehouse) throws java.io.IOException {
        if (!Files.isDirectory(warehouse.snapshots())) {
            return false;
        }
        try (Stream<Path> snapshots = Files.list(warehouse.snapshots())) {
            return snapshots.anyMatch(s -> !Files.exists(vn.parindex.marts.SnapshotLayout.manifest(s))
                    && Files.isDirectory(s.resolve(vn.parindex.marts.SnapshotLayout.MARTS)));
        }
    }

    /** The same launcher command in a fresh JVM, with Spark's module options from the build. */
    private static Process childRun(Path input, Path warehouse, String haltAfter) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(Files.readString(Path.of("target/classes/parindex-jvm.options")).trim().split("\\s+")));
        // the product's logging (progress to the warehouse's run log), not the tests' quiet configuration
        command.add("-Dlog4j2.configurationFile=" + Path.of("target/classes/log4j2.xml").toAbsolutePath());
        if (haltAfter != null) {
            command.add("-D" + RunListener.HALT_AFTER_STEP + "=" + haltAfter);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.parindex.Main", "run",
                "--input", input.toString(), "--warehouse", warehouse.toString(), "--master", "local[2]"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(warehouse.getParent().toFile(), "child.log")).start();
    }

    private static List<String> jobStatuses(Path warehouse) throws Exception {
        RepositorySettings settings = RepositorySettings.h2In(warehouse);
        List<String> statuses = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
        }
        return statuses;
    }
}
