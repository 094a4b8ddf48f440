package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/** Loads a complete snapshot folder: the Parquet marts, and a summary of its quality_issues extract. */
public final class SnapshotLoader {
    /** The marts every snapshot has. */
    static final List<MartSchema> MARTS =
            List.of(Marts.UNIT_YEAR, Marts.COMPONENT_YEAR, Marts.LOSS_DRIVERS, Marts.PROVINCE_SUMMARY,
                    Marts.TARGET_STATUS);

    /** Marts a snapshot published before they existed lacks: read as empty tables with their columns. */
    static final List<MartSchema> OPTIONAL_MARTS = List.of(Marts.UNITS, Marts.GOAL_GAPS, Marts.TASK_STATUS,
            Marts.PLAN_TASKS);

    public Snapshot load(Path snapshotDir) throws IOException {
        Manifest manifest = Manifest.read(snapshotDir);
        if (!manifest.complete()) {
            throw new IOException("snapshot " + snapshotDir + " is not complete: " + manifest.status());
        }
        ParquetMartReader marts = new ParquetMartReader(new ConcurrentHashMap<>());
        Map<String, Table> tables = new ConcurrentHashMap<>();
        try { // the marts are independent files: read them side by side
            MARTS.parallelStream().forEach(mart -> {
                try {
                    tables.put(mart.name(), marts.read(mart, SnapshotLayout.mart(snapshotDir, mart.name())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (MartSchema mart : OPTIONAL_MARTS) {
            Path folder = SnapshotLayout.mart(snapshotDir, mart.name());
            tables.put(mart.name(), Files.isDirectory(folder) ? marts.read(mart, folder)
                    : new Table(mart.name(), new Columns(mart.names()), List.of()));
        }
        // the quality report can be huge: a bounded summary now, pages from disk later
        QualityIssues issues = QualityIssues.scan(
                SnapshotLayout.extract(snapshotDir, SnapshotLayout.QUALITY_ISSUES));
        return new Snapshot(manifest, tables, issues);
    }
}
