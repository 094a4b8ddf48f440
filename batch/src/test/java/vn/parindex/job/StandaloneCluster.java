package vn.parindex.job;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway Spark standalone cluster on loopback, built from the project's own Spark jars: a SPARK_HOME folder whose
 * {@code jars/} links the jars of the test's classpath (the batch module's runtime dependencies, as resolved by Maven
 * for this very build) and whose {@code RELEASE} file tells Spark's launcher to take its classpath from there, one
 * Master and one Worker as separate JVMs. {@link #close()} kills them and the executors the Worker started.
 */
final class StandaloneCluster implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final Path dir;
    private final Path sparkHome;
    private final int masterPort;
    private final int masterUiPort;
    private final List<Process> daemons = new ArrayList<>();

    private StandaloneCluster(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.sparkHome = sparkHome(dir.resolve("spark-home"));
        this.masterPort = freePort();
        this.masterUiPort = freePort();
    }

    /** Starts Master and Worker (1 core, 1 GB for executors); {@link #awaitWorker} waits until they see each other. */
    static StandaloneCluster start(Path dir) throws IOException {
        StandaloneCluster cluster = new StandaloneCluster(dir);
        try {
            cluster.daemons.add(cluster.daemon("master", "org.apache.spark.deploy.master.Master",
                    "--host", HOST, "--port", String.valueOf(cluster.masterPort),
                    "--webui-port", String.valueOf(cluster.masterUiPort)));
            Path work = Files.createDirectories(dir.resolve("worker-work"));
            cluster.daemons.add(cluster.daemon("worker", "org.apache.spark.deploy.worker.Worker", cluster.masterUrl(),
                    "--host", HOST, "--webui-port", String.valueOf(freePort()), "--cores", "1", "--memory", "1g",
                    "--work-dir", work.toString()));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String masterUrl() {
        return "spark://" + HOST + ":" + masterPort;
    }

    /** Polls the Master's JSON page until one Worker is ALIVE; fails (with both logs) after the timeout. */
    void awaitWorker(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(10)).build();
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process daemon : daemons) {
                if (!daemon.isAlive()) {
                    throw new AssertionError("a Spark daemon ended with exit code " + daemon.exitValue() + "\n" + logs());
                }
            }
            try {
                Matcher m = alive.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                if (m.find() && Integer.parseInt(m.group(1)) >= 1) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the Master's UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no Worker registered with the Master within " + timeout + "\n" + logs());
    }

    /** The executor folders the Worker created (work/app-…/N): proof that an application really ran on it. */
    List<Path> executorDirs() throws IOException {
        try (Stream<Path> apps = Files.list(dir.resolve("worker-work"))) {
            List<Path> executors = new ArrayList<>();
            for (Path app : apps.filter(Files::isDirectory).toList()) {
                try (Stream<Path> each = Files.list(app)) {
                    executors.addAll(each.filter(Files::isDirectory).toList());
                }
            }
            return executors;
        }
    }

    /** The tails of the Master's, the Worker's and the executors' logs, for failure messages. */
    String logs() {
        StringBuilder text = new StringBuilder();
        List<Path> files = new ArrayList<>(List.of(dir.resolve("master.log"), dir.resolve("worker.log")));
        try {
            for (Path executor : executorDirs()) {
                files.add(executor.resolve("stderr"));
            }
        } catch (IOException | UncheckedIOException ignored) {
            // no executors yet
        }
        files.forEach(file -> text.append("--- ").append(file).append('\n').append(tail(file, 40)));
        return text.toString();
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
        } catch (IOException | UncheckedIOException e) {
            return "(" + e + ")\n";
        }
    }

    /** Worker first (and its executors, should one outlive it), then the Master; SIGTERM, then SIGKILL after 10 s. */
    @Override
    public void close() {
        for (int i = daemons.size() - 1; i >= 0; i--) {
            stop(daemons.get(i), Duration.ofSeconds(10));
        }
        daemons.clear();
    }

    /** Ends a process and everything it started, never waiting longer than the grace period plus a little. */
    static void stop(Process process, Duration grace) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private Process daemon(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(javaCommand());
        command.add("-Xmx256m");
        command.addAll(List.of("-cp", sparkHome.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().putAll(sparkEnvironment());
        return builder.start();
    }

    /** What a Spark daemon needs in its environment: the Worker builds its executors' command line from these. */
    Map<String, String> sparkEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", HOST);
        env.put("SPARK_CONF_DIR", Path.of(sparkHome.toString(), "conf").toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return env;
    }

    /** java from this JVM's home, with Spark's module options exactly as the launcher passes them. */
    static List<String> javaCommand() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(Files.readString(Path.of("target/classes/parindex-jvm.options")).trim().split("\\s+")));
        return command;
    }

    /**
     * The test JVM's classpath without the test classes: the batch module's classes and its dependencies' jars, as
     * Maven resolved them for this build (the same set the launcher finds in target/lib after a package).
     */
    static List<Path> runtimeClasspath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank() && !Path.of(entry).endsWith("test-classes")) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        return entries;
    }

    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        for (Path entry : runtimeClasspath()) {
            Path link = jars.resolve(entry.getFileName().toString());
            if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry) && !Files.exists(link)) {
                Files.createSymbolicLink(link, entry);
            }
        }
        try (Stream<Path> linked = Files.list(jars)) {
            if (linked.noneMatch(jar -> jar.getFileName().toString().startsWith("spark-core_2.13"))) {
                throw new IllegalStateException("no spark-core jar on the test classpath: "
                        + System.getProperty("java.class.path"));
            }
        }
        Files.writeString(home.resolve("RELEASE"), "Spark (the parindex batch module's jars, for a test cluster)\n");
        return home;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
