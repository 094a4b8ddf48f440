package vn.parindex.dashboard.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads a complete snapshot folder: the Parquet marts, and quality_issues from its CSV extract. */
public final class SnapshotLoader {
    static final List<String> MARTS =
            List.of("unit_year", "component_year", "loss_drivers", "province_summary", "target_status");

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
        Path units = snapshotDir.resolve("marts").resolve("units");
        tables.put("units", Files.isDirectory(units) ? marts.read("units", units)
                : new Table("units", new Columns(List.of("unit_id", "province", "tier", "unit_name", "short_name",
                        "unit_type", "valid_from", "valid_to", "successor_id")), List.of()));
        Path issues = snapshotDir.resolve("extracts").resolve("quality_issues.csv");
        tables.put("quality_issues", Files.exists(issues) ? CsvExtractReader.read("quality_issues", issues)
                : new Table("quality_issues", new Columns(List.of("severity", "file", "line", "column", "rule",
                        "message", "action")), List.of()));
        return new Snapshot(manifest, tables);
    }
}
