package vn.parindex.job;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.briefing.ProvinceBriefings;

/**
 * The briefings step: the snapshot's province workbooks (see {@link ProvinceBriefings}). Runs after compute and before
 * publish, so the snapshot only becomes current with its briefings.
 */
public class BriefingsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(BriefingsTasklet.class);

    private final Path snapshot;
    private final String snapshotId;

    /** @param snapshot, snapshotId the folder and id of the snapshot the compute step built */
    public BriefingsTasklet(Path snapshot, String snapshotId) {
        this.snapshot = snapshot;
        this.snapshotId = snapshotId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        LOG.info("{}", ProvinceBriefings.write(snapshot, snapshotId));
        return RepeatStatus.FINISHED;
    }
}
