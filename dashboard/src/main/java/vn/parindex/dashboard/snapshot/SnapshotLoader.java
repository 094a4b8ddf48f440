package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.MartPartitions;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;

/**
 * Opens a complete snapshot folder. Reads at once only what pages need across provinces: the manifest, the unit_year
 * mart (rankings, unit histories, types, search, reconciliation), the units mart (reference data, lineage),
 * plan_tasks (a few rows per task) and a summary of the quality report. Every other mart is read a province at a
 * time, when a page first needs it, into a cache bounded by {@code cacheBytes}.
 */
public final class SnapshotLoader {
    /** The cache's bound unless told otherwise: room for a few national provinces' slices in a 256 MB heap. */
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

    /** The marts every snapshot has. */
    static final List<MartSchema> MARTS =
            List.of(Marts.UNIT_YEAR, Marts.COMPONENT_YEAR, Marts.LOSS_DRIVERS, Marts.PROVINCE_SUMMARY,
                    Marts.TARGET_STATUS);

    private final long cacheBytes;

    public SnapshotLoader(long cacheBytes) {
        this.cacheBytes = cacheBytes;
    }

    public SnapshotLoader() {
        this(DEFAULT_CACHE_BYTES);
    }

    public Snapshot load(Path snapshotDir) throws IOException {
        Manifest manifest = Manifest.read(snapshotDir);
        if (!manifest.complete()) {
            throw new IOException("snapshot " + snapshotDir + " is not complete: " + manifest.status());
        }
        for (MartSchema mart : MARTS) { // a missing mart is a broken snapshot: refuse it now, not page by page
            if (!Files.isDirectory(SnapshotLayout.mart(snapshotDir, mart.name()))) {
                throw new IOException("snapshot " + snapshotDir + " has no mart " + mart.name());
            }
        }
        HeapBudget.check(snapshotDir, SnapshotLayout.mart(snapshotDir, Marts.UNIT_YEAR.name()),
                SnapshotLayout.mart(snapshotDir, Marts.UNITS.name()), SnapshotLayout.mart(snapshotDir, Marts.PLAN_TASKS.name()));
        StringPool pool = new StringPool();
        ParquetMartReader marts = new ParquetMartReader(pool);
        Table unitYears = marts.readPartitions(Marts.UNIT_YEAR, SnapshotLayout.mart(snapshotDir, Marts.UNIT_YEAR.name()));
        Table units = optional(marts, snapshotDir, Marts.UNITS);
        Table planTasks = optional(marts, snapshotDir, Marts.PLAN_TASKS);
        // the quality report can be huge: a bounded summary now, pages from disk later
        QualityIssues issues = QualityIssues.scan(
                SnapshotLayout.extract(snapshotDir, SnapshotLayout.QUALITY_ISSUES));
        ProvinceSliceReader slices = new ProvinceSliceReader(snapshotDir, Map.copyOf(pool.strings()));
        boolean plansKnown = hasRows(snapshotDir, Marts.GOAL_GAPS) || hasRows(snapshotDir, Marts.TASK_STATUS);
        return new Snapshot(manifest, unitYears, units, planTasks, issues, new SliceCache(cacheBytes, slices::read),
                new TypeDomains(snapshotDir, Map.copyOf(pool.strings())), plansKnown,
                Files.isDirectory(SnapshotLayout.mart(snapshotDir, Marts.GOAL_ITEMS.name())));
    }

    /** A mart a snapshot published before it existed lacks: an empty table with its columns. */
    private static Table optional(ParquetMartReader marts, Path snapshotDir, MartSchema mart) throws IOException {
        Path folder = SnapshotLayout.mart(snapshotDir, mart.name());
        return Files.isDirectory(folder) ? marts.readPartitions(mart, folder)
                : new Table(mart, List.of());
    }

    /**
     * Whether a mart holds any row, from its folder alone: a partitioned mart has a partition only for rows (Spark
     * writes none for an empty one); an unpartitioned one says so in its part files' footers.
     */
    private static boolean hasRows(Path snapshotDir, MartSchema mart) throws IOException {
        Path folder = SnapshotLayout.mart(snapshotDir, mart.name());
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (MartPartitions.isPartitioned(folder)) {
            return true;
        }
        try (var files = Files.list(folder)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(".parquet")).toList()) {
                try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
                    if (reader.getRecordCount() > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
