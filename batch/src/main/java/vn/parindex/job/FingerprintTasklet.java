package vn.parindex.job;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.publish.Fingerprint;
import vn.parindex.compute.SparkSessions;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * First stage: tidies what killed runs left and ends the job early when the input has not changed; otherwise starts
 * Spark in the background for the compute step.
 */
public class FingerprintTasklet implements Tasklet {
    static final String UNCHANGED = "UNCHANGED";
    private static final Logger LOG = LoggerFactory.getLogger(FingerprintTasklet.class);

    private final RunRequest request;

    public FingerprintTasklet(RunRequest request) {
        this.request = request;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Warehouse warehouse = new Warehouse(request.warehouse());
        warehouse.tidy();
        String fingerprint = Fingerprint.of(request.inputDir(), ProductVersion.get(), request.asOf());
        RunKeys.jobContext(contribution).putString(RunKeys.FINGERPRINT, fingerprint);
        Optional<Manifest> current = warehouse.currentManifest();
        if (!request.force() && current.isPresent() && fingerprint.equals(current.get().fingerprint())) {
            LOG.info("input unchanged since snapshot {}: nothing to do", current.get().id());
            RunKeys.jobContext(contribution).put(RunKeys.UNCHANGED, true);
            contribution.setExitStatus(new ExitStatus(UNCHANGED));
        } else {
            // the run will compute: Spark starts on the other core while the score files are read and validated
            SparkSessions.startInBackground(request.master());
        }
        return RepeatStatus.FINISHED;
    }
}
