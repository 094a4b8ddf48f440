package vn.parindex.concurrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks that write files on a few daemon threads and waits for all of them: the nightly workbooks of a
 * province, the provinces of a snapshot, and the batch's Parquet writes of a snapshot. After a failure no further task
 * starts, but those already running are waited for, so that nothing still writes into a folder the caller is about to
 * give up or delete. The first failure, in task order, is thrown as an IOException, the others added to it as
 * suppressed.
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
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Task task : tasks) {
                done.add(pool.submit(() -> {
                    if (failed.get()) {
                        return; // an earlier task failed: the whole batch fails, so start nothing new
                    }
                    try {
                        task.run();
                    } catch (IOException e) {
                        failed.set(true);
                        throw new UncheckedIOException(e);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            IOException failure = null;
            for (Future<?> future : done) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    IOException cause = asIoException(threadName, e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + threadName, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static IOException asIoException(String threadName, Throwable cause) {
        return cause instanceof UncheckedIOException io ? io.getCause()
                : new IOException(threadName + " failed: " + cause, cause);
    }
}
