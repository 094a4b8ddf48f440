package vn.parindex.job;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import vn.parindex.compute.SparkSessions;
import vn.parindex.ingest.StagedFiles;
import vn.parindex.publish.Warehouse;

/**
 * Resets the run's shared state before each job. Also the fault-injection point of the kill test: with
 * -Dparindex.haltAfterStep=NAME the JVM halts, as if killed, right after that step.
 */
public class RunListener implements JobExecutionListener, StepExecutionListener {
    static final String HALT_AFTER_STEP = "parindex.haltAfterStep";
    private static final Logger LOG = LoggerFactory.getLogger(RunListener.class);

    private final RunState state;
    private final StagedFiles staging;

    public RunListener(RunState state, StagedFiles staging) {
        this.state = state;
        this.staging = staging;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        state.reset(RunParameters.from(jobExecution.getJobParameters()));
        staging.clear();
        clearStaging();
    }

    /** A scheduled process runs for months: drop this run's cached tables. */
    @Override
    public void afterJob(JobExecution jobExecution) {
        SparkSessions.clearCache();
        staging.clear();
        clearStaging();
    }

    private void clearStaging() {
        try {
            new Warehouse(state.request().warehouse()).clearStaging();
        } catch (IOException e) { // the next run empties it again
            LOG.warn("could not empty the staging folder: {}", e.toString());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(System.getProperty(HALT_AFTER_STEP))) {
            Runtime.getRuntime().halt(137);
        }
        return stepExecution.getExitStatus();
    }
}
