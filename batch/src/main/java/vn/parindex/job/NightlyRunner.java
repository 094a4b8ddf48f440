package vn.parindex.job;

import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.parindex.publish.Manifest;
import vn.parindex.publish.Warehouse;
import vn.parindex.reference.ReferenceDataException;

/** Runs the nightly job once: takes the warehouse lock, starts the Spring Batch job, maps its end to an exit code. */
public final class NightlyRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);

    private NightlyRunner() {
    }

    public static RunOutcome run(RunRequest request, RepositorySettings repository) {
        if (!Files.isDirectory(request.inputDir())) {
            return new RunOutcome(RunOutcome.NOTHING_PUBLISHED, "input folder " + request.inputDir()
                    + " does not exist or is not a folder", List.of());
        }
        Warehouse warehouse = new Warehouse(request.warehouse());
        Optional<FileLock> lock = warehouse.tryLock();
        if (lock.isEmpty()) {
            return new RunOutcome(RunOutcome.FAILED, "another run is using the warehouse " + warehouse.root()
                    + "; not starting a second one", List.of());
        }
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(RepositorySettings.class, () -> repository);
            context.register(NightlyJobConfiguration.class);
            context.refresh();
            JobOperator operator = context.getBean(JobOperator.class);
            recoverInterruptedRuns(operator, context.getBean(JobRepository.class));
            JobExecution execution = operator.start(context.getBean(Job.class), RunParameters.of(request));
            return outcome(execution, context.getBean(RunState.class), warehouse);
        } catch (Exception e) {
            LOG.error("the run failed", e);
            return new RunOutcome(RunOutcome.FAILED, "internal failure: " + e, List.of());
        } finally {
            release(lock.get());
        }
    }

    /** Executions still marked as running were cut off (we hold the lock, so none is alive): mark them failed. */
    private static void recoverInterruptedRuns(JobOperator operator, JobRepository repository) {
        for (JobExecution stale : repository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
            LOG.warn("job execution {} was interrupted (process killed?); marking it failed", stale.getId());
            operator.recover(stale);
        }
    }

    private static RunOutcome outcome(JobExecution execution, RunState state, Warehouse warehouse) {
        if (execution.getStatus() == BatchStatus.COMPLETED && state.unchanged()) {
            Optional<Manifest> current = warehouse.currentManifest();
            boolean quarantined = current.map(m -> !m.quarantinedFiles().isEmpty()).orElse(false);
            return new RunOutcome(quarantined ? RunOutcome.QUARANTINED : RunOutcome.OK, "input unchanged since snapshot "
                    + current.map(Manifest::id).orElse("?") + "; nothing new published", List.of());
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            boolean quarantined = !state.quarantinedFiles().isEmpty();
            String summary = "published snapshot " + state.snapshotId() + " " + state.rowCounts()
                    + (quarantined ? "; quarantined: " + state.quarantinedFiles()
                    + " (see extracts/quality_issues.csv)" : "");
            return new RunOutcome(quarantined ? RunOutcome.QUARANTINED : RunOutcome.OK, summary,
                    state.issues().stream().filter(i -> i.severity() != vn.parindex.quality.Issue.Severity.INFO)
                            .toList());
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ReferenceDataException invalid) {
                    return new RunOutcome(RunOutcome.NOTHING_PUBLISHED,
                            "invalid reference data: nothing published", invalid.issues());
                }
            }
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst().map(Throwable::toString)
                .orElse(execution.getExitStatus().toString());
        execution.getAllFailureExceptions().forEach(e -> LOG.error("run failure", e));
        return new RunOutcome(RunOutcome.FAILED, "internal failure: " + reason, List.of());
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        } catch (java.io.IOException e) {
            LOG.warn("could not release the warehouse lock", e);
        }
    }
}
