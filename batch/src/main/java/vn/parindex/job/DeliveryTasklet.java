package vn.parindex.job;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.delivery.Delivery;
import vn.parindex.publish.Warehouse;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.reference.UnitRegistry;

/**
 * The last step, after publish, and the only one after an unchanged input: the subscriptions' mails (see
 * {@link Delivery}). It never fails the job: whatever goes wrong is said in the delivery's line (RunKeys.DELIVERY),
 * which the run's summary ends with, and the mails not sent stay in the outbox for the next run.
 */
public class DeliveryTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryTasklet.class);

    private final RunRequest request;
    private final String publishedSnapshot;
    private final RunResults results;

    /** @param publishedSnapshot the folder of the snapshot this run published, null when it published none */
    public DeliveryTasklet(RunRequest request, String publishedSnapshot, RunResults results) {
        this.request = request;
        this.publishedSnapshot = publishedSnapshot;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        String line;
        try {
            Optional<Path> snapshot = publishedSnapshot != null ? Optional.of(Path.of(publishedSnapshot))
                    : new Warehouse(request.warehouse()).currentSnapshot();
            Delivery.Report report = Delivery.run(new Delivery.Request(request.warehouse(), request.subscriptions(),
                    request.mailDir(), request.asOf(), snapshot.orElse(null), publishedSnapshot != null), this::units);
            synchronized (results) {
                results.issues().addAll(report.issues());
            }
            line = report.summary();
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.error("the delivery of the subscriptions' mails failed", e);
            line = "mail: the delivery failed (" + FailureCause.of(e) + "); the snapshot stays published and the "
                    + "mails not sent wait in " + request.warehouse().resolve("outbox");
        }
        if (line != null) {
            LOG.info("{}", line);
            RunKeys.jobContext(contribution).putString(RunKeys.DELIVERY, line);
        }
        return RepeatStatus.FINISHED;
    }

    /** The run's reference data, or, after an unchanged input (nothing was loaded), the input's. */
    private UnitRegistry units() {
        if (results.reference() != null) {
            return results.reference().units();
        }
        try {
            return ReferenceDataLoader.load(request.inputDir()).units();
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the reference data of " + request.inputDir() + ": "
                    + FailureCause.of(e), e);
        }
    }
}
