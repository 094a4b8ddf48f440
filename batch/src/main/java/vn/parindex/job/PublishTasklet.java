package vn.parindex.job;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.marts.Manifest;
import vn.parindex.publish.Warehouse;

/**
 * The last step, once the briefings and the extracts are written: the manifest, then the switch of `current`, in that
 * order.
 */
public class PublishTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);

    private final RunState state;

    public PublishTasklet(RunState state) {
        this.state = state;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Warehouse warehouse = new Warehouse(state.request().warehouse());
        Manifest manifest = new Manifest(state.snapshotId(), ZonedDateTime.now(ZoneOffset.UTC).toString(),
                state.fingerprint(), ProductVersion.get(), Manifest.COMPLETE, state.rowCounts(),
                state.acceptedFiles(), state.quarantinedFiles());
        manifest.write(state.snapshotDir());
        warehouse.switchCurrent(state.snapshotDir());
        LOG.info("published snapshot {}: {}", state.snapshotId(), state.rowCounts());
        return RepeatStatus.FINISHED;
    }
}
