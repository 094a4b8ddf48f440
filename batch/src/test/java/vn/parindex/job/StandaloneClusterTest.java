package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;

/**
 * The nightly job on a real Spark standalone cluster (a Master and a Worker on loopback, separate JVMs, built from the
 * project's own Spark jars), started the way a user starts it: {@code ./parindex run --master spark://…}, i.e. a fresh
 * driver JVM running {@code vn.parindex.Main}. Its extracts must be byte-identical to a {@code local[2]} run of the same
 * input. The driver runs in its own JVM also because the project keeps one SparkSession per JVM, and this test JVM's
 * may already be a local one.
 */
class StandaloneClusterTest {
    private static final Duration WORKER_REGISTERED = Duration.ofMinutes(3);
    private static final Duration CLUSTER_RUN = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void theNightlyJobOnAStandaloneClusterWritesTheSameExtractsAsALocalRun() throws Exception {
        long t0 = System.nanoTime();
        Path localInput = TestInputs.copyExampleInput(dir.resolve("local"));
        Path localWarehouse = dir.resolve("local/warehouse");
        Path clusterInput = TestInputs.copyExampleInput(dir.resolve("cluster"));
        Path clusterWarehouse = dir.resolve("cluster/warehouse");

        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark"))) {
            cluster.awaitWorker(WORKER_REGISTERED);
            long clusterReadyMs = millisSince(t0);

            long clusterStart = System.nanoTime();
            Path driverLog = dir.resolve("cluster/driver.log");
            Process driver = driver(cluster, clusterInput, clusterWarehouse, driverLog);
            AtomicLong clusterEnd = new AtomicLong();
            CompletableFuture<Void> timed = driver.onExit().thenRun(() -> clusterEnd.set(System.nanoTime()));
            boolean ended;
            long localMs;
            try {
                // the local reference run, in this JVM, overlaps the cluster run
                long localStart = System.nanoTime();
                RunOutcome local = NightlyRunner.run(new RunRequest(localInput, localWarehouse, "local[2]", false,
                        TestInputs.AS_OF), RepositorySettings.h2In(localWarehouse));
                localMs = millisSince(localStart);
                assertEquals(RunOutcome.OK, local.exitCode(), local.summary());
                ended = driver.waitFor(CLUSTER_RUN.toMillis() - millisSince(clusterStart), TimeUnit.MILLISECONDS);
            } finally {
                StandaloneCluster.stop(driver, Duration.ofSeconds(5));
            }
            String diagnosis = "\n--- driver " + driverLog + "\n" + StandaloneCluster.tail(driverLog, 60) + cluster.logs();
            assertTrue(ended, "the cluster run did not end within " + CLUSTER_RUN + diagnosis);
            assertEquals(RunOutcome.OK, driver.exitValue(), "the cluster run failed" + diagnosis);
            timed.get(10, TimeUnit.SECONDS);
            long clusterMs = TimeUnit.NANOSECONDS.toMillis(clusterEnd.get() - clusterStart);
            assertFalse(cluster.executorDirs().isEmpty(), "no executor ran on the Worker" + diagnosis);
            assertStepCpuLogged(vn.parindex.cli.RunLog.in(clusterWarehouse), diagnosis);

            List<String> files = new ArrayList<>(TestInputs.EXTRACTS);
            files.add("quality_issues");
            for (String name : files) {
                assertArrayEquals(Files.readAllBytes(localWarehouse.resolve("current/extracts/" + name + ".csv")),
                        Files.readAllBytes(clusterWarehouse.resolve("current/extracts/" + name + ".csv")),
                        name + ".csv from the cluster differs from the local run's");
            }
            for (String name : TestInputs.EXTRACTS) {
                assertArrayEquals(Files.readAllBytes(TestInputs.example().resolve("expected/" + name + ".csv")),
                        Files.readAllBytes(clusterWarehouse.resolve("current/extracts/" + name + ".csv")),
                        name + ".csv from the cluster differs from the contract's");
            }
            System.out.printf("StandaloneClusterTest: Master and Worker ready after %d ms; cluster run (driver JVM, %s) %d ms"
                    + " and local[2] run in this JVM %d ms, side by side; total %d ms%n", clusterReadyMs,
                    cluster.masterUrl(), clusterMs, localMs, millisSince(t0));
        }
    }

    /** The driver's run log says, for every step of the job, its wall time and the process CPU used meanwhile (StepCpu). */
    private static void assertStepCpuLogged(Path runLog, String diagnosis) throws Exception {
        String log = Files.readString(runLog);
        for (String step : List.of("fingerprint", "reference", "ingest", "settle", "plans", "compute", "briefings",
                "extracts", "publish")) {
            Matcher line = Pattern.compile(Pattern.quote(StepCpu.PREFIX + step)
                    + ": (\\d+\\.\\d) s, process CPU (\\d+\\.\\d) s \\((\\d+\\.\\d\\d) cores\\)").matcher(log);
            assertTrue(line.find(), "no CPU line for step " + step + diagnosis);
            if (step.equals("compute")) {
                assertTrue(Double.parseDouble(line.group(2)) > 0, "the compute step used no CPU: " + line.group());
            }
        }
    }

    /** ./parindex run --master spark://… as the launcher starts it, in its own JVM, all on loopback. */
    private static Process driver(StandaloneCluster cluster, Path input, Path warehouse, Path log) throws Exception {
        List<String> command = new ArrayList<>(StandaloneCluster.javaCommand());
        command.addAll(List.of("-Xmx1g",
                // the executors connect back to the driver: keep it on loopback (a real cluster needs an address the
                // workers reach, which is what Spark picks by default from the host name)
                "-Dspark.driver.host=" + StandaloneCluster.HOST, "-Dspark.driver.bindAddress=" + StandaloneCluster.HOST,
                "-cp", StandaloneCluster.runtimeClasspath().stream().map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator)),
                "vn.parindex.Main", "run", "--master", cluster.masterUrl(), "--input", input.toString(),
                "--warehouse", warehouse.toString(), "--as-of", TestInputs.AS_OF.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", StandaloneCluster.HOST);
        return builder.start();
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
