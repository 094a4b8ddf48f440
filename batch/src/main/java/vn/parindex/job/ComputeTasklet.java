package vn.parindex.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.concurrent.FileWorkers;
import vn.parindex.compute.CarriedOver;
import vn.parindex.compute.ComputationResult;
import vn.parindex.compute.Mart;
import vn.parindex.compute.MartComputation;
import vn.parindex.compute.SparkSessions;
import vn.parindex.compute.StagedInput;
import vn.parindex.compute.TaskStatusMart;
import vn.parindex.ingest.IngestResult;
import vn.parindex.ingest.StagedParts;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.Marts;
import vn.parindex.marts.SnapshotLayout;
import vn.parindex.publish.Warehouse;

/** Computes the marts with Spark and writes them, with the staged scores, as Parquet into a new snapshot folder. */
public class ComputeTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeTasklet.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

    private final RunRequest request;
    private final String fingerprint;
    private final RunResults results;

    /** @param fingerprint the input's, from the fingerprint step: its start names the snapshot */
    public ComputeTasklet(RunRequest request, String fingerprint, RunResults results) {
        this.request = request;
        this.fingerprint = fingerprint;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Warehouse warehouse = new Warehouse(request.warehouse());
        String id = ZonedDateTime.now(ZoneOffset.UTC).format(ID_TIME) + "-" + fingerprint.substring(0, 8);
        Path snapshot = warehouse.snapshots().resolve(id);
        Files.createDirectories(snapshot);
        RunKeys.snapshot(contribution, id, snapshot);

        long started = System.nanoTime();
        SparkSession spark = SparkSessions.get(request.master());
        LOG.info("spark ready after {} ms", (System.nanoTime() - started) / 1_000_000);
        IngestResult ingest = results.ingest();
        SparkSessions.sizeTo(spark, ingest.acceptedRowCount());
        Dataset<Row> accepted = StagedInput.scores(spark, ingest);
        String previousId = warehouse.currentManifest().map(Manifest::id).orElse(null);
        CarriedOver.Result merged = CarriedOver.merge(spark, results.reference(), accepted,
                ingest.protectedProvinceYears(), warehouse.currentSnapshot().orElse(null), previousId);
        results.issues().addAll(merged.notes());

        ComputationResult result = MartComputation.compute(spark, results.reference(), merged.scores(),
                results.plans().tasks(), request.asOf());
        // The snapshot's Parquet writes, each a Spark job, two at a time: one at a time, the executors wait while the
        // driver plans the next query and the last tasks of a stage leave a core idle. The big ones first.
        List<FileWorkers.Task> writes = new ArrayList<>();
        for (Mart mart : result.marts()) {
            writes.add(() -> {
                mart.write(SnapshotLayout.mart(snapshot, mart.name()));
                LOG.info("mart {} after {} ms", mart.name(), (System.nanoTime() - started) / 1_000_000);
            });
        }
        // the staged scores, kept for the next run's carried-over rows: the ingest's part files themselves when they
        // are exactly those rows, else (a key given twice, rows carried over) written again from Spark
        boolean partsAreTheScores = ingest.partsAreTheScores() && !merged.carried();
        writes.add(() -> {
            if (partsAreTheScores) {
                StagedParts.linkInto(ingest.acceptedFolders(), SnapshotLayout.stagedScores(snapshot));
            } else {
                result.stagedScores().write().parquet(SnapshotLayout.stagedScores(snapshot).toString());
            }
            LOG.info("staged after {} ms", (System.nanoTime() - started) / 1_000_000);
        });
        writes.add(() -> result.units().write().parquet(SnapshotLayout.mart(snapshot, Marts.UNITS.name()).toString()));
        writes.add(() -> TaskStatusMart.details(spark, results.plans().tasks()).write()
                .parquet(SnapshotLayout.mart(snapshot, Marts.PLAN_TASKS.name()).toString()));
        writes.add(() -> result.domainYears().write(SnapshotLayout.mart(snapshot, Marts.DOMAIN_YEAR.name())));
        writes.add(() -> result.goalItems().write(SnapshotLayout.mart(snapshot, Marts.GOAL_ITEMS.name())));
        FileWorkers.runAll(2, "snapshot writes", writes);
        results.computation(result);
        results.issues().addAll(result.warnings());
        LOG.info("computed snapshot {} into {}", id, snapshot);
        return RepeatStatus.FINISHED;
    }
}
