package vn.parindex.briefings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks that write files on a few daemon threads and waits for all of them: the nightly workbooks of a
 * province, the provinces of a snapshot, and the batch's Parquet writes of a snapshot. The first failure, in task
 * order, is thrown as an IOException.
 */
public final class FileWorkers {
    /** A piece of work that writes files. */
    @FunctionalInterface
    public interface Task {
        void run() throws IOException;
    }

    private FileWorkers() {
    }

    public static void runAll(int workers, String threadName, List<Task> tasks) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, threadName);
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
            throw new IOException("interrupted while writing " + threadName, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause()
                    : new IOException(threadName + " failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
