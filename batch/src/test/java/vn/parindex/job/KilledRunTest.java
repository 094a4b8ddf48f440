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
import vn.parindex.delivery.MailServer;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * A run killed in the middle (a real separate JVM, halted as by kill -9 right after it computed a new snapshot)
 * leaves `current` on the last complete snapshot; the next run recovers the job repository and completes.
 */
class KilledRunTest {
    /** The delivery's fault-injection point (OutboxFlush). */
    private static final String HALT_AFTER_ACCEPTED_MAILS = "parindex.haltAfterAcceptedMails";

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

    /**
     * A run killed while it sends the subscriptions' mails (halted right after the server accepted the second of four,
     * before the outbox recorded it) has published its snapshot; the next run, a no-op, sends the rest, and no mail
     * reaches the server twice but the one in flight (with the same Message-ID, so a mail client can tell).
     */
    @Test
    void aRunKilledWhileSendingSendsTheRestNextRunAndNoMailTwiceButTheOneInFlight() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouseDir = dir.resolve("warehouse");
        Path subscriptions = TestInputs.write(dir.resolve("subscriptions.csv"), """
                email,name,province,unit,index,send
                vanphong@snv.example.gov.vn,Văn phòng Sở Nội vụ,Tỉnh Mẫu,Sở Nội vụ,,
                vanphong@stp.example.gov.vn,Văn phòng Sở Tư pháp,Tỉnh Mẫu,Sở TP,,
                vanphong@skhcn.example.gov.vn,Văn phòng Sở KH&CN,Tỉnh Mẫu,X-KHCN2,,
                cchc@snv.example.gov.vn,Phòng CCHC,Tỉnh Mẫu,,,
                """);
        try (MailServer server = new MailServer()) {
            Process killed = childRun(input, warehouseDir, List.of("-D" + HALT_AFTER_ACCEPTED_MAILS + "=2"),
                    List.of("--subscriptions", subscriptions.toString()), server.settings());
            assertTrue(killed.waitFor(5, TimeUnit.MINUTES), "the child run did not end");
            assertEquals(137, killed.exitValue(), "the child must have been halted while sending");
            Manifest published = new Warehouse(warehouseDir).currentManifest().orElseThrow();
            assertEquals(2, server.received().size(), "the server accepted two mails before the kill");

            server.setSystemProperties();
            RunOutcome rerun;
            try {
                rerun = NightlyRunner.run(new RunRequest(input, warehouseDir, "local[2]", false)
                        .withDelivery(subscriptions, null), RepositorySettings.h2In(warehouseDir));
            } finally {
                MailServer.clearSystemProperties();
            }

            assertEquals(RunOutcome.OK, rerun.exitCode(), rerun.summary());
            assertEquals(published.id(), new Warehouse(warehouseDir).currentManifest().orElseThrow().id(),
                    "the killed run had published; the rerun is a no-op");
            assertTrue(rerun.summary().endsWith("\nmail: 3 sent"), rerun.summary());
            List<String> ids = new ArrayList<>();
            for (jakarta.mail.internet.MimeMessage message : server.received()) {
                ids.add(message.getMessageID());
            }
            java.util.Map<String, Long> times = ids.stream().collect(java.util.stream.Collectors.groupingBy(id -> id,
                    java.util.stream.Collectors.counting()));
            assertEquals(4, times.size(), "every mail arrived: " + ids);
            assertEquals(List.of(2L), times.values().stream().filter(n -> n > 1).toList(),
                    "one mail twice, the one in flight: " + ids);
            assertTrue(times.entrySet().stream().filter(e -> e.getValue() == 2).allMatch(e -> e.getKey()
                    .contains("-0002.parindex@")), "the second: " + ids);
        }
        assertEquals(List.of("FAILED", "COMPLETED"), jobStatuses(warehouseDir));
    }

    /** The same launcher command in a fresh JVM, with Spark's module options from the build. */
    private static Process childRun(Path input, Path warehouse, String haltAfter) throws Exception {
        return childRun(input, warehouse, haltAfter == null ? List.of()
                : List.of("-D" + RunListener.HALT_AFTER_STEP + "=" + haltAfter), List.of(),
                java.util.Map.of());
    }

    private static Process childRun(Path input, Path warehouse, List<String> properties, List<String> options,
                                    java.util.Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(Files.readString(Path.of("target/classes/parindex-jvm.options")).trim().split("\\s+")));
        // the product's logging (progress to the warehouse's run log), not the tests' quiet configuration
        command.add("-Dlog4j2.configurationFile=" + Path.of("target/classes/log4j2.xml").toAbsolutePath());
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.parindex.Main", "run",
                "--input", input.toString(), "--warehouse", warehouse.toString(), "--master", "local[2]"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(warehouse.getParent().toFile(), "child.log"));
        builder.environment().putAll(environment);
        Files.createDirectories(warehouse.getParent());
        return builder.start();
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
