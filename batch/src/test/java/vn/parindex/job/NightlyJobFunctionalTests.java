package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.compute.SparkSessions;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * The whole nightly job on the contract's worked example, in given / when / then order: a first run, an unchanged
 * rerun, a broken file for a province-year already published, and invalid reference data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobFunctionalTests {
    @TempDir
    static Path dir;
    private static Path input;
    private static Path warehouseDir;
    private static String firstSnapshot;

    private static RunOutcome run(Path inputDir, Path warehouse) {
        return NightlyRunner.run(new RunRequest(inputDir, warehouse, "local[2]", false, TestInputs.AS_OF),
                RepositorySettings.h2In(warehouse));
    }

    /** Byte for byte, as the contract's example/expected/ has them; returns the extracts folder. */
    private static Path assertExtractsAreTheContractsExpectedOnes() throws java.io.IOException {
        Path extracts = warehouseDir.resolve("current/extracts");
        for (String name : TestInputs.EXTRACTS) {
            assertArrayEquals(Files.readAllBytes(TestInputs.example().resolve("expected/" + name + ".csv")),
                    Files.readAllBytes(extracts.resolve(name + ".csv")), name + ".csv differs from the contract's");
        }
        return extracts;
    }

    @Test
    @Order(1)
    void givenTheWorkedExample_whenTheJobRuns_thenEveryExtractIsExactlyTheExpectedOne() throws Exception {
        input = TestInputs.copyExampleInput(dir);
        warehouseDir = dir.resolve("warehouse");

        RunOutcome outcome = run(input, warehouseDir);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        Path extracts = assertExtractsAreTheContractsExpectedOnes();
        List<Map<String, String>> issues = TestInputs.readCsv(extracts.resolve("quality_issues.csv"));
        // plans/2024.csv line 5 ("Khi có hướng dẫn của Bộ Nội vụ") is understood since the contract of 2026-12-07
        assertEquals(List.of(Map.of("severity", "warning", "file", "scores/2023.csv", "line", "14", "column", "score",
                        "rule", "rank_differs")), issues.stream().map(issue -> Map.of("severity", issue.get("severity"),
                        "file", issue.get("file"), "line", issue.get("line"), "column", issue.get("column"),
                        "rule", issue.get("rule"))).toList());
        Manifest manifest = new Warehouse(warehouseDir).currentManifest().orElseThrow();
        firstSnapshot = manifest.id();
        assertEquals(Manifest.COMPLETE, manifest.status());
        assertEquals(13L, manifest.rowCounts().get("unit_year"));
        assertEquals(List.of("scores/2023.csv", "scores/2024.csv", "scores/national.csv", "plans/2024.csv"),
                manifest.inputFiles());
        assertTrue(Files.isSymbolicLink(warehouseDir.resolve("current")));
    }

    @Test
    @Order(2)
    void theParquetMartsHoldTheSameRowsWithTypes() {
        Path marts = warehouseDir.resolve("current/marts");
        var unitYear = SparkSessions.get("local[2]").read().parquet(marts.resolve("unit_year").toString());
        assertEquals(13, unitYear.count());
        assertEquals("IntegerType", unitYear.schema().apply("rank").dataType().toString());
        assertEquals("DoubleType", unitYear.schema().apply("official_value").dataType().toString());
        assertEquals("BooleanType", unitYear.schema().apply("reconciled").dataType().toString());
        assertEquals("IntegerType", unitYear.schema().apply("prev_rank_of").dataType().toString());
        assertEquals("StringType", unitYear.schema().apply("rank_basis").dataType().toString());
        assertEquals("StringType", unitYear.schema().apply("provenance").dataType().toString());
        assertEquals(41, SparkSessions.get("local[2]").read().parquet(marts.resolve("component_year").toString()).count());
        var units = SparkSessions.get("local[2]").read().parquet(marts.resolve("units").toString());
        assertEquals(2, units.filter("successor_id = 'X-KHCN2'").count(), "the lineage the dashboard shows");
    }

    @Test
    @Order(3)
    void theJobRepositoryIsARealJdbcOneThatRecordsEveryStep() throws Exception {
        RepositorySettings settings = RepositorySettings.h2In(warehouseDir);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             ResultSet steps = connection.createStatement().executeQuery(
                     "SELECT STEP_NAME, STATUS, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID")) {
            Map<String, java.sql.Timestamp[]> times = new java.util.LinkedHashMap<>();
            while (steps.next()) {
                assertEquals("COMPLETED", steps.getString(2), steps.getString(1));
                times.put(steps.getString(1), new java.sql.Timestamp[]{steps.getTimestamp(3), steps.getTimestamp(4)});
            }
            // the ingest step's workers (one per core, at most one per file) run within it
            List<String> workers = times.keySet().stream().filter(name -> name.startsWith("ingestFiles:")).toList();
            int expectedWorkers = Math.min(Runtime.getRuntime().availableProcessors(),
                    vn.parindex.ingest.ScoreFiles.list(input).size());
            assertEquals(expectedWorkers, workers.size(), workers.toString());
            for (String worker : workers) {
                assertTrue(worker.matches("ingestFiles:partition\\d+"), worker);
                assertFalse(times.get(worker)[0].before(times.get("ingest")[0]), worker + " before ingest began");
                assertFalse(times.get("ingest")[1].before(times.get(worker)[1]), worker + " after ingest ended");
            }
            List<String> stages = times.keySet().stream().filter(name -> !workers.contains(name)).toList();
            // briefings and extracts run side by side, in either order, between compute and publish
            assertEquals(List.of("fingerprint", "reference", "ingest", "settle", "plans", "compute"),
                    stages.subList(0, 6));
            assertEquals(java.util.Set.of("briefings", "extracts"), java.util.Set.copyOf(stages.subList(6, 8)));
            assertEquals("publish", stages.get(8));
            // then the subscriptions' mails (none asked for here: the step has nothing to do)
            assertEquals("delivery", stages.get(9));
            assertEquals(10, stages.size());

            // what the steps handed on through the job's context is kept with the execution: the snapshot it built
            Manifest published = new Warehouse(warehouseDir).currentManifest().orElseThrow();
            Map<String, Object> handedOn = JobContexts.newest(connection);
            assertEquals(published.id(), handedOn.get(RunKeys.SNAPSHOT_ID));
            assertEquals(published.fingerprint(), handedOn.get(RunKeys.FINGERPRINT));
            assertEquals(warehouseDir.resolve("snapshots").resolve(published.id()).toAbsolutePath().toString(),
                    handedOn.get(RunKeys.SNAPSHOT_DIR));
            assertEquals(published.rowCounts(), handedOn.get(RunKeys.ROW_COUNTS));
            assertFalse(handedOn.containsKey(RunKeys.UNCHANGED));
            assertFalse(handedOn.containsKey(RunKeys.DELIVERY), "no subscriptions, no outbox: the delivery says nothing");
            for (String sideBySide : List.of("briefings", "extracts")) {
                assertFalse(times.get(sideBySide)[0].before(times.get("compute")[1]), sideBySide + " before compute ended");
                assertFalse(times.get("publish")[0].before(times.get(sideBySide)[1]), "publish before " + sideBySide);
            }
        }
    }

    @Test
    @Order(4)
    void givenUnchangedInput_whenTheJobRunsAgain_thenNothingNewIsPublished() throws Exception {
        long started = System.nanoTime();
        RunOutcome outcome = run(input, warehouseDir);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(RunOutcome.OK, outcome.exitCode());
        assertTrue(outcome.summary().contains("unchanged"), outcome.summary());
        assertEquals(firstSnapshot, new Warehouse(warehouseDir).currentManifest().orElseThrow().id());
        try (Stream<Path> snapshots = Files.list(warehouseDir.resolve("snapshots"))) {
            assertEquals(1, snapshots.count());
        }
        assertTrue(millis < 10_000, "a no-op run took " + millis + " ms");
    }

    @Test
    @Order(5)
    void givenABrokenFileForPublishedYears_whenTheJobRuns_thenItIsQuarantinedAndTheEarlierDataKept() throws Exception {
        Path file = input.resolve("scores/2024.csv");
        TestInputs.write(file, TestInputs.read(file).replace("Tỉnh Mẫu;2024;X-NV;PAR;2;9", "Tỉnh Mẫu;2024;X-NV;PAR;2;19"));

        RunOutcome outcome = run(input, warehouseDir);

        assertEquals(RunOutcome.QUARANTINED, outcome.exitCode(), outcome.summary());
        Path extracts = assertExtractsAreTheContractsExpectedOnes();
        List<Map<String, String>> issues = TestInputs.readCsv(extracts.resolve("quality_issues.csv"));
        Map<String, String> error = TestInputs.only(issues, "severity", "error");
        assertEquals("scores/2024.csv", error.get("file"));
        assertEquals("4", error.get("line"));
        assertEquals("score", error.get("column"));
        assertEquals("above_maximum", error.get("rule"));
        assertEquals("file quarantined", error.get("action"));
        Map<String, String> kept = TestInputs.only(issues, "rule", "kept_previous_data");
        assertTrue(kept.get("message").contains("Tỉnh Mẫu 2024"), kept.get("message"));
        Manifest manifest = new Warehouse(warehouseDir).currentManifest().orElseThrow();
        assertEquals(List.of("scores/2024.csv"), manifest.quarantinedFiles());
        assertFalse(manifest.id().equals(firstSnapshot));
    }

    @Test
    @Order(6)
    void givenInvalidReferenceData_whenTheJobRuns_thenNothingIsPublishedAndTheExitCodeIs2() {
        Path broken = TestInputs.copyExampleInput(dir.resolve("broken"));
        Path methodology = broken.resolve("reference/methodology.csv");
        TestInputs.write(methodology, TestInputs.read(methodology).replace("2024,PAR,1.2,1,Kế hoạch,6,",
                "2024,PAR,1.2,1,Kế hoạch,5,"));
        Path otherWarehouse = dir.resolve("broken-warehouse");

        RunOutcome outcome = run(broken, otherWarehouse);

        assertEquals(RunOutcome.NOTHING_PUBLISHED, outcome.exitCode());
        assertEquals("children_maxima_mismatch", outcome.problems().get(0).rule());
        assertEquals("reference/methodology.csv", outcome.problems().get(0).file());
        assertFalse(Files.exists(otherWarehouse.resolve("current")));
    }

    @Test
    @Order(7)
    void aSecondRunIsRefusedWhileTheWarehouseIsInUse() {
        var lock = new Warehouse(warehouseDir).tryLock().orElseThrow();
        try {
            RunOutcome outcome = run(input, warehouseDir);
            assertEquals(RunOutcome.FAILED, outcome.exitCode());
            assertTrue(outcome.summary().contains("another run"), outcome.summary());
        } finally {
            try {
                lock.release();
                lock.channel().close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
