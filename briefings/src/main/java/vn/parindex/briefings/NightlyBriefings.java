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
 * The briefings a nightly run publishes: every ranking table with ranked units, and each unit's latest year per
 * index (the dashboard builds any other unit-year on demand). Two workers, one workbook per task, so at most two
 * workbooks are in memory at once.
 */
public final class NightlyBriefings {
    private static final int WORKERS = 2;

    private NightlyBriefings() {
    }

    /** Writes them under {@code briefings} and returns how many files were written. */
    public static int writeAll(BriefingData data, Path briefings) throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (TableKey table : data.rankedTables()) {
            tasks.add(() -> Briefings.writeFile(BriefingFiles.province(briefings, table),
                    out -> Briefings.writeProvince(data, table, out)));
        }
        for (UnitYear unitYear : data.latestUnitYears()) {
            tasks.add(() -> Briefings.writeFile(BriefingFiles.unit(briefings, unitYear),
                    out -> Briefings.writeUnit(data, unitYear, out)));
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
