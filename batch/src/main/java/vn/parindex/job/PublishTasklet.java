package vn.parindex.job;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
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

    private final Path warehouseFolder;
    private final String fingerprint;
    private final String snapshotId;
    private final Path snapshot;
    private final Map<String, Long> rowCounts;
    private final RunResults results;

    /**
     * @param fingerprint from the fingerprint step; snapshotId, snapshot from the compute step; rowCounts from the
     *                    extracts step
     */
    public PublishTasklet(Path warehouseFolder, String fingerprint, String snapshotId, Path snapshot,
                          Map<String, Long> rowCounts, RunResults results) {
        this.warehouseFolder = warehouseFolder;
        this.fingerprint = fingerprint;
        this.snapshotId = snapshotId;
        this.snapshot = snapshot;
        this.rowCounts = rowCounts;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Warehouse warehouse = new Warehouse(warehouseFolder);
        Manifest manifest = new Manifest(snapshotId, ZonedDateTime.now(ZoneOffset.UTC).toString(),
                fingerprint, ProductVersion.get(), Manifest.COMPLETE, rowCounts,
                results.acceptedFiles(), results.quarantinedFiles());
        manifest.write(snapshot);
        warehouse.switchCurrent(snapshot);
        LOG.info("published snapshot {}: {}", snapshotId, rowCounts);
        return RepeatStatus.FINISHED;
    }
}
