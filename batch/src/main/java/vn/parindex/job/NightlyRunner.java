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
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;
import vn.parindex.reference.ReferenceDataException;

/** Runs the nightly job once: takes the warehouse lock, starts the Spring Batch job, maps its end to an exit code. */
public final class NightlyRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);

    private NightlyRunner() {
    }

    /** Never throws: whatever goes wrong ends in an outcome whose summary is one line naming the cause. */
    public static RunOutcome run(RunRequest request, RepositorySettings repository) {
        if (!Files.isDirectory(request.inputDir())) {
            return new RunOutcome(RunOutcome.NOTHING_PUBLISHED, "input folder " + request.inputDir()
                    + " does not exist or is not a folder", List.of());
        }
        Warehouse warehouse = new Warehouse(request.warehouse());
        Optional<FileLock> lock;
        try {
            lock = warehouse.tryLock();
        } catch (RuntimeException e) {
            LOG.error("cannot lock the warehouse", e);
            return new RunOutcome(RunOutcome.FAILED, "cannot use the warehouse " + warehouse.root() + ": "
                    + FailureCause.of(e), List.of());
        }
        if (lock.isEmpty()) {
            return new RunOutcome(RunOutcome.FAILED, "another run is using the warehouse " + warehouse.root()
                    + "; not starting a second one", List.of());
        }
        try {
            return runLocked(request, repository, warehouse);
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.error("the run failed", e);
            return new RunOutcome(RunOutcome.FAILED, "internal failure: " + FailureCause.of(e), List.of());
        } finally {
            release(lock.get());
        }
    }

    private static RunOutcome runLocked(RunRequest request, RepositorySettings repository, Warehouse warehouse) {
        try (AnnotationConfigApplicationContext context = jobContext(repository)) {
            return start(context, request, warehouse);
        } catch (RuntimeException e) {
            if (!DamagedRepository.isDamage(e) || !DamagedRepository.moveAside(repository, warehouse)) {
                throw e;
            }
        }
        // the job repository holds run history, not data: a fresh one lets the night go on
        try (AnnotationConfigApplicationContext context = jobContext(repository)) {
            return start(context, request, warehouse);
        }
    }

    private static AnnotationConfigApplicationContext jobContext(RepositorySettings repository) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(RepositorySettings.class, () -> repository);
        context.register(NightlyJobConfiguration.class);
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    private static RunOutcome start(AnnotationConfigApplicationContext context, RunRequest request,
                                    Warehouse warehouse) {
        try {
            JobOperator operator = context.getBean(JobOperator.class);
            recoverInterruptedRuns(operator, context.getBean(JobRepository.class));
            JobExecution execution = operator.start(context.getBean(Job.class), RunParameters.of(request));
            return outcome(execution, context.getBean(RunResults.class), warehouse);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Executions still marked as running were cut off (we hold the lock, so none is alive): mark them failed. */
    private static void recoverInterruptedRuns(JobOperator operator, JobRepository repository) {
        for (JobExecution stale : repository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
            LOG.warn("job execution {} was interrupted (process killed?); marking it failed", stale.getId());
            operator.recover(stale);
        }
    }

    private static RunOutcome outcome(JobExecution execution, RunResults results, Warehouse warehouse) {
        ExecutionContext handedOn = execution.getExecutionContext();
        if (execution.getStatus() == BatchStatus.COMPLETED && Boolean.TRUE.equals(handedOn.get(RunKeys.UNCHANGED))) {
            Optional<Manifest> current = warehouse.currentManifest();
            List<String> quarantined = current.map(Manifest::quarantinedFiles).orElse(List.of());
            String still = quarantined.isEmpty() ? "" : "; still quarantined there: " + String.join(", ", quarantined);
            return new RunOutcome(quarantined.isEmpty() ? RunOutcome.OK : RunOutcome.QUARANTINED,
                    "input unchanged since snapshot " + current.map(Manifest::id).orElse("?") + "; nothing new published"
                            + still + delivery(handedOn), List.copyOf(results.issues()), quarantined.isEmpty() ? null
                            : qualityReport(warehouse.snapshots().resolve(current.get().id())));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            boolean quarantined = !results.quarantinedFiles().isEmpty();
            String id = handedOn.getString(RunKeys.SNAPSHOT_ID);
            String summary = "published snapshot " + id + " " + RunKeys.rowCounts(handedOn) + delivery(handedOn);
            return new RunOutcome(quarantined ? RunOutcome.QUARANTINED : RunOutcome.OK, summary,
                    List.copyOf(results.issues()), qualityReport(warehouse.snapshots().resolve(id)));
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof EmptyInputException empty) {
                    return new RunOutcome(RunOutcome.NOTHING_PUBLISHED, empty.getMessage(), List.of());
                }
                if (cause instanceof ReferenceDataException invalid) {
                    return new RunOutcome(RunOutcome.NOTHING_PUBLISHED,
                            "invalid reference data: nothing published", invalid.issues());
                }
            }
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst().map(FailureCause::of)
                .orElse(execution.getExitStatus().toString());
        execution.getAllFailureExceptions().forEach(e -> LOG.error("run failure", e));
        return new RunOutcome(RunOutcome.FAILED, "internal failure: " + reason, List.of());
    }

    private static java.nio.file.Path qualityReport(java.nio.file.Path snapshot) {
        return vn.parindex.marts.SnapshotLayout.extract(snapshot, vn.parindex.marts.SnapshotLayout.QUALITY_ISSUES);
    }

    /** The delivery step's line, on a line of its own after the run's ("2 mails waiting: …"); "" when it said none. */
    private static String delivery(ExecutionContext handedOn) {
        return handedOn.containsKey(RunKeys.DELIVERY) ? "\n" + handedOn.getString(RunKeys.DELIVERY) : "";
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
