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
 * Empties the run's in-memory results and the warehouse's staging folder before and after each job, and tells
 * {@link StopSignals} which steps run. Also the fault-injection point of the kill test: with
 * -Dparindex.haltAfterStep=NAME the JVM halts, as if killed, right after that step.
 */
public class RunListener implements JobExecutionListener, StepExecutionListener {
    static final String HALT_AFTER_STEP = "parindex.haltAfterStep";
    private static final Logger LOG = LoggerFactory.getLogger(RunListener.class);

    private final RunResults results;
    private final StagedFiles staging;

    public RunListener(RunResults results, StagedFiles staging) {
        this.results = results;
        this.staging = staging;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        StopSignals.jobStarted();
        results.reset();
        staging.clear();
        clearStaging(jobExecution);
    }

    /** A scheduled process runs for months: drop this run's cached tables. */
    @Override
    public void afterJob(JobExecution jobExecution) {
        SparkSessions.clearCache();
        staging.clear();
        clearStaging(jobExecution);
        StopSignals.jobEnded();
    }

    private void clearStaging(JobExecution jobExecution) {
        try {
            new Warehouse(RunParameters.from(jobExecution.getJobParameters()).warehouse()).clearStaging();
        } catch (IOException e) { // the next run empties it again
            LOG.warn("could not empty the staging folder: {}", e.toString());
        }
    }

    /** A stop by a signal names the steps running. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        StopSignals.stepStarted(stepExecution.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StopSignals.stepEnded(stepExecution.getStepName());
        if (stepExecution.getStepName().equals(System.getProperty(HALT_AFTER_STEP))) {
            Runtime.getRuntime().halt(137);
        }
        return stepExecution.getExitStatus();
    }
}
