package vn.parindex.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import vn.parindex.compute.SparkSessions;
import vn.parindex.ingest.StagingArea;

/**
 * Resets the run's shared state before each job. Also the fault-injection point of the kill test: with
 * -Dparindex.haltAfterStep=NAME the JVM halts, as if killed, right after that step.
 */
public class RunListener implements JobExecutionListener, StepExecutionListener {
    static final String HALT_AFTER_STEP = "parindex.haltAfterStep";

    private final RunState state;
    private final StagingArea staging;

    public RunListener(RunState state, StagingArea staging) {
        this.state = state;
        this.staging = staging;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        state.reset(RunParameters.from(jobExecution.getJobParameters()));
        staging.clear();
    }

    /** A scheduled process runs for months: drop this run's cached tables. */
    @Override
    public void afterJob(JobExecution jobExecution) {
        SparkSessions.clearCache();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(System.getProperty(HALT_AFTER_STEP))) {
            Runtime.getRuntime().halt(137);
        }
        return stepExecution.getExitStatus();
    }
}
