package vn.parindex.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.parindex.briefings.NightlyBriefings;
import vn.parindex.briefings.SnapshotInfo;
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
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "province-briefings");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> provinces = new ArrayList<>();
            for (String province : UnitYearProvinces.of(snapshot)) {
                provinces.add(pool.submit(() -> {
                    try {
                        ProvinceMarts.ProvinceData one = marts.read(province);
                        int written = NightlyBriefings.writeAll(one.data(), folder);
                        synchronized (summary) {
                            summary.add(province, one.rows(), written);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> province : provinces) {
                province.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing briefings", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause()
                    : new IOException("a province's briefings failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return summary.line((System.nanoTime() - started) / 1_000_000) + " into " + folder;
    }
}
