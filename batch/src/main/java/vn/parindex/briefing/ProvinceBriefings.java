package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.concurrent.FileWorkers;
import vn.parindex.briefings.NightlyBriefings;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.marts.SnapshotLayout;

/**
 * Writes a snapshot's nightly Excel briefings into its briefings/ folder: the latest year of each ranking table, read
 * back from the Parquet marts the compute step wrote, one province at a time per worker, so at most two provinces'
 * rows are held. Two workers: reading a province's marts is one thread's work, and the other core writes the
 * workbooks of the province before. Unit briefings are not written: the dashboard builds them on demand.
 */
public final class ProvinceBriefings {
    private static final int WORKERS = 2;

    private ProvinceBriefings() {
    }

    /** Writes them and returns the summary line for the log (workbooks, provinces, time, largest province). */
    public static String write(Path snapshot, String snapshotId) throws IOException {
        long started = System.nanoTime();
        Path folder = SnapshotLayout.briefings(snapshot);
        ProvinceMarts marts = new ProvinceMarts(snapshot, new SnapshotInfo(snapshotId, Instant.now()));
        BriefingsSummary summary = new BriefingsSummary();
        List<FileWorkers.Task> provinces = new ArrayList<>();
        for (String province : UnitYearProvinces.of(snapshot)) {
            provinces.add(() -> {
                ProvinceMarts.ProvinceData one = marts.read(province);
                int written = NightlyBriefings.writeAll(one.data(), folder);
                synchronized (summary) {
                    summary.add(province, one.rows(), written);
                }
            });
        }
        FileWorkers.runAll(WORKERS, "province briefings", provinces);
        return summary.line((System.nanoTime() - started) / 1_000_000) + " into " + folder;
    }
}
