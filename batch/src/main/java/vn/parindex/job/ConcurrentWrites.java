package vn.parindex.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The snapshot's Parquet writes, each a Spark job of its own, submitted from two driver threads. One at a time, the
 * executors wait while the driver plans the next query, and the last tasks of a stage leave cores idle; two at a
 * time, the other job's tasks fill them. Every write goes to a folder of its own, so the order does not matter. All
 * are waited for; the first failure is then thrown.
 */
final class ConcurrentWrites {
    /** One write: a mart, the staged scores or a reference table. */
    interface Write {
        void run() throws Exception;
    }

    private static final int THREADS = 2;

    private final List<Write> writes = new ArrayList<>();

    void add(Write write) {
        writes.add(write);
    }

    void runAll() throws Exception {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "snapshot-writer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Write write : writes) {
                running.add(pool.submit(() -> {
                    write.run();
                    return null;
                }));
            }
            Exception first = null;
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
