package vn.parindex.dashboard.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads a complete snapshot folder: the Parquet marts, and a summary of its quality_issues extract. */
public final class SnapshotLoader {
    static final List<String> MARTS =
            List.of("unit_year", "component_year", "loss_drivers", "province_summary", "target_status");

    /** Marts a snapshot published before they existed lacks: read as empty tables with their columns. */
    static final Map<String, List<String>> OPTIONAL_MARTS = Map.of(
            "units", List.of("unit_id", "province", "tier", "unit_name", "short_name", "unit_type", "valid_from",
                    "valid_to", "successor_id", "aliases"),
            "goal_gaps", List.of("province", "tier", "year", "index", "unit_id", "goal", "goal_year", "goal_rank",
                    "goal_value", "official_value", "needed_index_points", "needed_item_points",
                    "recoverable_item_points", "reachable"),
            "task_status", List.of("province", "unit_id", "plan_year", "index", "code", "file", "line", "task", "lead",
                    "deadline", "due_dates", "next_due", "status", "done_on"),
            "plan_tasks", List.of("file", "line", "output", "partners"));

    private final ObjectMapper json = new ObjectMapper();

    public Snapshot load(Path snapshotDir) throws IOException {
        Manifest manifest = json.readValue(snapshotDir.resolve("manifest.json").toFile(), Manifest.class);
        if (!"complete".equals(manifest.status())) {
            throw new IOException("snapshot " + snapshotDir + " is not complete: " + manifest.status());
        }
        ParquetMartReader marts = new ParquetMartReader(new ConcurrentHashMap<>());
        Map<String, Table> tables = new ConcurrentHashMap<>();
        try { // the marts are independent files: read them side by side
            MARTS.parallelStream().forEach(mart -> {
                try {
                    tables.put(mart, marts.read(mart, snapshotDir.resolve("marts").resolve(mart)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        OPTIONAL_MARTS.forEach((mart, columns) -> {
            Path folder = snapshotDir.resolve("marts").resolve(mart);
            try {
                tables.put(mart, Files.isDirectory(folder) ? marts.read(mart, folder)
                        : new Table(mart, new Columns(columns), List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // the quality report can be huge: a bounded summary now, pages from disk later
        QualityIssues issues = QualityIssues.scan(snapshotDir.resolve("extracts").resolve("quality_issues.csv"));
        return new Snapshot(manifest, tables, issues);
    }
}
