package vn.parindex.job;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs each step's wall time and the CPU time the whole process used while it ran (JIT compilers, the collector
 * and Spark's threads included), so a run's log shows where its CPU goes; bench/national.sh prints these lines
 * beside the floor job's CPU. Steps that run side by side (briefings and extracts) each report the same shared
 * window of process CPU.
 */
public class StepCpu implements StepExecutionListener {
    static final String PREFIX = "step cpu ";
    private static final Logger LOG = LoggerFactory.getLogger(StepCpu.class);

    private final Map<Long, long[]> started = new ConcurrentHashMap<>();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started.put(stepExecution.getId(), new long[]{System.nanoTime(), processCpuNanos()});
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long[] start = started.remove(stepExecution.getId());
        long cpu = processCpuNanos();
        if (start != null && cpu >= 0 && start[1] >= 0) {
            double wall = (System.nanoTime() - start[0]) / 1e9;
            double used = (cpu - start[1]) / 1e9;
            LOG.info(String.format(Locale.ROOT, "%s%s: %.1f s, process CPU %.1f s (%.2f cores)", PREFIX,
                    stepExecution.getStepName(), wall, used, wall > 0 ? used / wall : 0));
        }
        return null;
    }

    /** The JVM's CPU time in nanoseconds, or -1 where the platform bean does not tell it. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean
                ? bean.getProcessCpuTime() : -1;
    }
}
