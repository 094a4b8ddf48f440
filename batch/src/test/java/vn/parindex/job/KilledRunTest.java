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

    @Test
    void aKilledRunChangesNothingVisibleAndTheNextRunCompletes() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path warehouseDir = dir.resolve("warehouse");
        Warehouse warehouse = new Warehouse(warehouseDir);
        RunRequest request = new RunRequest(input, warehouseDir, "local[2]", false);
        assertEquals(RunOutcome.OK, NightlyRunner.run(request, RepositorySettings.h2In(warehouseDir)).exitCode());
        Manifest before = warehouse.currentManifest().orElseThrow();
        Path newFile = input.resolve("scores/2024-late.csv");
        TestInputs.write(newFile, "province,year,unit,index,code,score\nTỉnh Mẫu,2024,X-NV,PAR,TOTAL,89\n");

        Process killed = childRun(input, warehouseDir, "compute");
        assertTrue(killed.waitFor(5, TimeUnit.MINUTES), "the child run did not end");
        assertEquals(137, killed.exitValue(), "the child must have been halted after its compute step");

        assertEquals(before.id(), warehouse.currentManifest().orElseThrow().id(), "current still shows the old snapshot");
        try (Stream<Path> snapshots = Files.list(warehouse.snapshots())) {
            assertEquals(1, snapshots.filter(s -> !Files.exists(vn.parindex.marts.SnapshotLayout.manifest(s))).count(),
                    "the killed run left a half-written snapshot behind");
        }

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
        return childRun(input, warehouse, List.of("-D" + RunListener.HALT_AFTER_STEP + "=" + haltAfter), List.of(),
                java.util.Map.of());
    }

    private static Process childRun(Path input, Path warehouse, List<String> properties, List<String> options,
                                    java.util.Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(Files.readString(Path.of("target/classes/parindex-jvm.options")).trim().split("\\s+")));
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
