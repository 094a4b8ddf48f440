package vn.parindex.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;

/**
 * Every notebook in notebooks/ executes (jupyter nbconvert --execute, Debian's Python) against a snapshot built from
 * the bundled data, without an error, and draws at least one figure. Jupyter missing is a failure, not a skip: CI
 * installs jupyter-nbconvert, python3-ipykernel, python3-pandas, python3-matplotlib and fonts-dejavu-core.
 */
class NotebooksTest {
    private static final Path NOTEBOOKS = Path.of("..", "notebooks").toAbsolutePath().normalize();
    private static final long TIMEOUT_SECONDS = 240;
    private static final Pattern ERROR_OUTPUT = Pattern.compile("\"output_type\"\\s*:\\s*\"error\"");
    private static final Pattern PNG_OUTPUT = Pattern.compile("\"image/png\"\\s*:");
    private static final Pattern CELL_OUTPUTS = Pattern.compile("\"outputs\"\\s*:\\s*\\[\\s*\\{");

    @TempDir
    static Path warehouse;
    @TempDir
    static Path executed;
    private static RunOutcome outcome;

    @BeforeAll
    static void publishTheBundledData() {
        Path bundled = Path.of("..", "data").toAbsolutePath().normalize();
        outcome = NightlyRunner.run(new RunRequest(bundled, warehouse, "local[2]", false),
                RepositorySettings.h2In(warehouse));
    }

    @Test
    void theNotebooksAreStoredWithoutOutputs() throws IOException {
        for (Path notebook : notebooks()) {
            String json = Files.readString(notebook, StandardCharsets.UTF_8);
            assertFalse(CELL_OUTPUTS.matcher(json).find(), notebook.getFileName() + " is stored with outputs");
            assertTrue(json.contains("\"nbformat\": 4"), notebook.getFileName() + " is not nbformat 4");
        }
    }

    @Test
    void everyNotebookExecutesWithoutErrorAndDrawsAFigure() throws Exception {
        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        List<Path> notebooks = notebooks();
        assertTrue(notebooks.size() >= 4, "expected at least four notebooks in " + NOTEBOOKS + ", found " + notebooks);
        assertJupyterInstalled();
        List<String> command = new ArrayList<>(List.of(jupyter(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=" + TIMEOUT_SECONDS, "--ExecutePreprocessor.kernel_name=python3",
                "--output-dir", executed.toString()));
        notebooks.forEach(n -> command.add(n.toString()));
        Result result = run(command, TIMEOUT_SECONDS * notebooks.size());
        assertEquals(0, result.exitCode(), "jupyter nbconvert --execute failed:\n" + result.output());
        for (Path notebook : notebooks) {
            Path out = executed.resolve(notebook.getFileName());
            assertTrue(Files.isRegularFile(out), "no executed copy of " + notebook.getFileName() + ":\n" + result.output());
            String json = Files.readString(out, StandardCharsets.UTF_8);
            Matcher error = ERROR_OUTPUT.matcher(json);
            if (error.find()) {
                fail(notebook.getFileName() + " has an error output: "
                        + json.substring(error.start(), Math.min(json.length(), error.start() + 600)));
            }
            assertTrue(PNG_OUTPUT.matcher(json).find(), notebook.getFileName() + " drew no figure (no image/png output)");
        }
    }

    /**
     * The helper's task statuses are the product's: every code of contract 2 with its label and its colour (read from
     * notebooks/vocabulary.json, which marts writes from TaskStatus), deadline_unknown too.
     */
    @Test
    void theHelperLabelsEveryTaskStatusAsTheProductDoes() throws Exception {
        Result result = run(List.of("/usr/bin/python3", "-c", "from parindex_data import TASK_STATUSES\n"
                + "for code, (label, colour) in TASK_STATUSES.items(): print(code + '|' + label + '|' + colour)"), 60);
        assertEquals(0, result.exitCode(), result.output());
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Map<String, String> colours = new java.util.TreeMap<>();
        for (String line : result.output().strip().split("\n")) {
            String[] parts = line.split("\\|");
            labels.put(parts[0], parts[1]);
            colours.put(parts[0], parts[2]);
        }
        Map<String, String> product = new java.util.TreeMap<>();
        Map<String, String> productColours = new java.util.TreeMap<>();
        for (vn.parindex.marts.TaskStatus status : vn.parindex.marts.TaskStatus.values()) {
            product.put(status.code(), status.label());
            productColours.put(status.code(), "#" + status.colour());
        }
        assertEquals(product, new java.util.TreeMap<>(labels));
        assertEquals(productColours, colours, "the dashboard's and the workbooks' colours");
        assertEquals(List.of("overdue", "due_soon", "deadline_unknown"), List.copyOf(labels.keySet()).subList(0, 3),
                "in the dashboard's order: what to act on first");
        assertEquals(colours.size(), colours.values().stream().distinct().count(), "one colour per status: " + colours);
    }

    /** unit_year's gap_to_best as the helper loads it: dtype, rows with a gap, rows. */
    private static String gapToBest(Path warehouseFolder) throws Exception {
        Result result = run(List.of("/usr/bin/python3", "-c", "from parindex_data import load; u = load('unit_year'); "
                + "print(u['gap_to_best'].dtype, int(u['gap_to_best'].notna().sum()), len(u))"), 120, warehouseFolder);
        assertEquals(0, result.exitCode(), result.output());
        return result.output().strip();
    }

    @Test
    void theHelperReadsGapToBestAsANumberAndAnOlderSnapshotWithoutItAsMissing() throws Exception {
        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        Path current = warehouse.resolve("current");
        List<String> lines = Files.readAllLines(current.resolve("extracts/unit_year.csv"), StandardCharsets.UTF_8);
        String[] published = gapToBest(warehouse).split(" ");
        assertEquals("float64", published[0]);
        assertTrue(Integer.parseInt(published[1]) > 0, "the computed ranks have a gap");
        assertEquals(String.valueOf(lines.size() - 1), published[2]);

        // the same extract as a snapshot published before the column: its last field cut off every line
        Path older = Files.createDirectories(executed.resolve("older/current/extracts"));
        Files.copy(current.resolve("manifest.json"), older.getParent().resolve("manifest.json"));
        Files.write(older.resolve("unit_year.csv"), lines.stream()
                .map(line -> line.substring(0, line.lastIndexOf(','))).toList(), StandardCharsets.UTF_8);
        assertEquals("float64 0 " + (lines.size() - 1), gapToBest(executed.resolve("older")));
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    /** Debian's Jupyter, whose kernel is Debian's /usr/bin/python3 with pandas (a pyenv python3 on PATH has none). */
    private static String jupyter() {
        return Files.isExecutable(Path.of("/usr/bin/jupyter")) ? "/usr/bin/jupyter" : "jupyter";
    }

    private static void assertJupyterInstalled() throws Exception {
        Result probe;
        try {
            probe = run(List.of(jupyter(), "nbconvert", "--version"), 60);
        } catch (IOException e) {
            probe = new Result(-1, e.getMessage());
        }
        if (probe.exitCode() != 0) {
            fail("Jupyter is needed to test the notebooks; install it with: apt-get install -y --no-install-recommends "
                    + "jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib fonts-dejavu-core\n"
                    + probe.output());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws Exception {
        return run(command, timeoutSeconds, warehouse);
    }

    private static Result run(List<String> command, long timeoutSeconds, Path warehouseFolder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(NOTEBOOKS.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("PARINDEX_WAREHOUSE", warehouseFolder.toString());
        environment.put("PATH", "/usr/bin:" + environment.getOrDefault("PATH", "/bin"));
        environment.remove("MPLBACKEND");
        environment.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Path log = Files.createTempFile(executed, "nbconvert", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(command + " did not finish within " + timeoutSeconds + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
