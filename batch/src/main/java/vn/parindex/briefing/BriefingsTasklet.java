package vn.parindex.briefing;

import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.NightlyBriefings;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.job.RunState;
import vn.parindex.marts.SnapshotLayout;

/**
 * Writes the nightly Excel briefings of the computed marts into the snapshot's briefings/ folder: one per ranking
 * table, and one per unit for its latest year on each index. Runs after compute and before publish, so the
 * snapshot only becomes current with its briefings.
 */
public class BriefingsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(BriefingsTasklet.class);

    private final RunState state;

    public BriefingsTasklet(RunState state) {
        this.state = state;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        BriefingData data = MartRows.briefingData(state.computation().marts(), state.computation().units(),
                new SnapshotInfo(state.snapshotId(), Instant.now()));
        long collected = System.nanoTime();
        Path folder = SnapshotLayout.briefings(state.snapshotDir());
        int written = NightlyBriefings.writeAll(data, folder);
        LOG.info("wrote {} briefings into {} in {} ms ({} ms collecting the marts)", written, folder,
                (System.nanoTime() - started) / 1_000_000, (collected - started) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
