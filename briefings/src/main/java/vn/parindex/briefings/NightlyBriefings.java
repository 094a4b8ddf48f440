package vn.parindex.briefings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The briefings a nightly run publishes: the workbook of each ranking table's latest year (the one leaders are
 * briefed on; it compares with the year before). Unit briefings and earlier years are not written at night (at
 * national scale that would be over ten thousand files a night); the dashboard builds any of them on demand and
 * caches it. The nightly step calls this once per province with that province's data;
 * two workers share it, one workbook per task, so at most two workbooks are in memory at once.
 */
public final class NightlyBriefings {
    private static final int WORKERS = 2;

    private NightlyBriefings() {
    }

    /** Writes the ranking tables of {@code data} under {@code briefings} and returns how many files were written. */
    public static int writeAll(BriefingData data, Path briefings) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (TableKey table : data.latestRankedTables()) {
            tasks.add(() -> Briefings.writeFile(BriefingFiles.province(briefings, table),
                    out -> Briefings.writeProvince(data, table, out)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "briefings");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Task task : tasks) {
                done.add(pool.submit(() -> {
                    try {
                        task.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing briefings", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause()
                    : new IOException("a briefing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return tasks.size();
    }

    @FunctionalInterface
    private interface Task {
        void run() throws IOException;
    }
}
