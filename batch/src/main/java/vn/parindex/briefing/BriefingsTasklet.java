package vn.parindex.briefing;

import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.briefings.NightlyBriefings;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.job.RunState;
import vn.parindex.marts.SnapshotLayout;

/**
 * Writes the nightly Excel briefings into the snapshot's briefings/ folder: one workbook per ranking table, read back
 * from the Parquet marts the compute step wrote, one province at a time, so the step holds one province's rows at
 * most. Unit briefings are not written: the dashboard builds them on demand. Runs after compute and before publish,
 * so the snapshot only becomes current with its briefings.
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
        Path snapshot = state.snapshotDir();
        Path folder = SnapshotLayout.briefings(snapshot);
        ProvinceMarts marts = new ProvinceMarts(snapshot, new SnapshotInfo(state.snapshotId(), Instant.now()));
        BriefingsSummary summary = new BriefingsSummary();
        for (String province : UnitYearProvinces.of(snapshot)) {
            ProvinceMarts.ProvinceData one = marts.read(province);
            summary.add(province, one.rows(), NightlyBriefings.writeAll(one.data(), folder));
        }
        LOG.info("{} into {}", summary.line((System.nanoTime() - started) / 1_000_000), folder);
        return RepeatStatus.FINISHED;
    }
}
