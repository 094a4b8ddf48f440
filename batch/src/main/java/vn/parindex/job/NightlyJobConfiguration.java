package vn.parindex.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.parindex.ingest.CheckedLine;
import vn.parindex.ingest.ParquetRows;
import vn.parindex.ingest.ScoreFilePartitioner;
import vn.parindex.ingest.ScoreFileReader;
import vn.parindex.ingest.ScoreFiles;
import vn.parindex.ingest.ScoreValidator;
import vn.parindex.ingest.StagedFiles;
import vn.parindex.ingest.StagingArea;
import vn.parindex.publish.Warehouse;
import vn.parindex.read.ScoreLine;

/**
 * The nightly job, one step per stage: fingerprint (goes straight to delivery when nothing changed), reference data,
 * ingest (partitioned by file among one worker per core, each chunk-oriented: read, validate, stage), settle
 * (quarantine decisions), plans (task tables), compute (Spark), then briefings (Excel) and extracts (CSV) side by
 * side, as both only read the marts, publish (the manifest, then the switch of `current`) when both are done, and
 * delivery (the subscriptions' mails; it never fails the job).
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
@Import(BatchInfrastructure.class)
public class NightlyJobConfiguration {
    public static final String JOB_NAME = "parindexNightly";
    // each chunk is a job-repository transaction: large chunks keep a national ingest from spending its time committing
    private static final int CHUNK_SIZE = 10_000;

    @Bean
    public RunResults runResults() {
        return new RunResults();
    }

    /** The files every ingest worker staged, for the settle step. */
    @Bean
    public StagedFiles stagedFiles() {
        return new StagedFiles();
    }

    /**
     * A worker's writer: each of its files' rows go straight into a Parquet part file under the warehouse's staging
     * folder (one folder per worker and file); its files are handed to {@link StagedFiles} when the worker is done.
     */
    @Bean
    @StepScope
    public StagingArea stagingArea(@Value("#{jobParameters['warehouse']}") String warehouse,
                                   @Value("#{stepExecutionContext['" + ScoreFilePartitioner.PARTITION + "']}")
                                   Integer partition, StagedFiles stagedFiles) {
        Path staging = new Warehouse(Path.of(warehouse)).staging();
        return new StagingArea(n -> ParquetRows.in(staging.resolve(String.format("%03d-%06d", partition, n))),
                stagedFiles::add);
    }

    @Bean
    public RunListener runListener(RunResults runResults, StagedFiles stagedFiles) {
        return new RunListener(runResults, stagedFiles);
    }

    @Bean
    public StepCpu stepCpu() {
        return new StepCpu();
    }

    /** The score files, listed once per run and split among the ingest workers. */
    @Bean
    @StepScope
    public ScoreFilePartitioner scoreFilePartitioner(@Value("#{jobParameters['input']}") String input) {
        return new ScoreFilePartitioner(() -> ScoreFiles.list(Path.of(input)));
    }

    /** A worker's reader: the files its partition was given, in reading order. */
    @Bean
    @StepScope
    public ScoreFileReader scoreFileReader(@Value("#{jobParameters['input']}") String input,
                                           @Value("#{stepExecutionContext['" + ScoreFilePartitioner.FILES + "']}")
                                           List<String> files, RunResults runResults) {
        return new ScoreFileReader(() -> Path.of(input), () -> files.stream().map(Path::of).toList(),
                runResults::reference);
    }

    @Bean
    public ScoreValidator scoreValidator(RunResults runResults) {
        return new ScoreValidator(runResults::reference);
    }

    // The steps' tasklets: step-scoped, so each step execution gets its own, bound late to the run's job parameters
    // (the request) and to what the earlier steps put into the job's ExecutionContext (RunKeys).

    @Bean
    @StepScope
    public FingerprintTasklet fingerprintTasklet(@Value("#{jobParameters}") Map<String, Object> parameters) {
        return new FingerprintTasklet(RunParameters.from(parameters));
    }

    @Bean
    @StepScope
    public ReferenceTasklet referenceTasklet(@Value("#{jobParameters}") Map<String, Object> parameters,
                                             RunResults runResults) {
        return new ReferenceTasklet(RunParameters.from(parameters), runResults);
    }

    @Bean
    @StepScope
    public SettleTasklet settleTasklet(@Value("#{jobParameters}") Map<String, Object> parameters,
                                       RunResults runResults, StagedFiles stagedFiles) {
        return new SettleTasklet(RunParameters.from(parameters), runResults, stagedFiles);
    }

    @Bean
    @StepScope
    public PlansTasklet plansTasklet(@Value("#{jobParameters}") Map<String, Object> parameters,
                                     RunResults runResults) {
        return new PlansTasklet(RunParameters.from(parameters), runResults);
    }

    @Bean
    @StepScope
    public ComputeTasklet computeTasklet(@Value("#{jobParameters}") Map<String, Object> parameters,
                                         @Value("#{jobExecutionContext['" + RunKeys.FINGERPRINT + "']}")
                                         String fingerprint, RunResults runResults) {
        return new ComputeTasklet(RunParameters.from(parameters), fingerprint, runResults);
    }

    @Bean
    @StepScope
    public BriefingsTasklet briefingsTasklet(
            @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_DIR + "']}") String snapshot,
            @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_ID + "']}") String snapshotId) {
        return new BriefingsTasklet(Path.of(snapshot), snapshotId);
    }

    @Bean
    @StepScope
    public ExtractsTasklet extractsTasklet(
            @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_DIR + "']}") String snapshot, RunResults runResults) {
        return new ExtractsTasklet(Path.of(snapshot), runResults);
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(@Value("#{jobParameters['warehouse']}") String warehouse,
                                         @Value("#{jobExecutionContext['" + RunKeys.FINGERPRINT + "']}")
                                         String fingerprint,
                                         @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_ID + "']}")
                                         String snapshotId,
                                         @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_DIR + "']}")
                                         String snapshot,
                                         @Value("#{jobExecutionContext['" + RunKeys.ROW_COUNTS + "']}")
                                         Map<String, Long> rowCounts, RunResults runResults) {
        return new PublishTasklet(Path.of(warehouse), fingerprint, snapshotId, Path.of(snapshot), rowCounts,
                runResults);
    }

    /** After publish, or after an unchanged input (then only the mails still waiting are sent). */
    @Bean
    @StepScope
    public DeliveryTasklet deliveryTasklet(@Value("#{jobParameters}") Map<String, Object> parameters,
                                           @Value("#{jobExecutionContext['" + RunKeys.UNCHANGED + "']}")
                                           Boolean unchanged,
                                           @Value("#{jobExecutionContext['" + RunKeys.SNAPSHOT_DIR + "']}")
                                           String snapshot, RunResults runResults) {
        return new DeliveryTasklet(RunParameters.from(parameters), Boolean.TRUE.equals(unchanged) ? null : snapshot,
                runResults);
    }

    @Bean
    public Step fingerprintStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                FingerprintTasklet fingerprintTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("fingerprint", jobRepository)
                .tasklet(fingerprintTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step referenceStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              ReferenceTasklet referenceTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("reference", jobRepository)
                .tasklet(referenceTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    /**
     * Ingest: the score files split among one worker per core (a partitioned step), each worker reading, validating
     * and staging its files side by side with the others; files are independent until the settle step.
     */
    @Bean
    public Step ingestStep(JobRepository jobRepository, ScoreFilePartitioner scoreFilePartitioner,
                           Step ingestFilesStep, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("ingest", jobRepository)
                .partitioner(ingestFilesStep.getName(), scoreFilePartitioner).step(ingestFilesStep)
                .gridSize(Runtime.getRuntime().availableProcessors())
                .taskExecutor(new SimpleAsyncTaskExecutor("ingest-"))
                .listener(runListener).listener(stepCpu).build();
    }

    /** One ingest worker: its files read, checked and staged in chunks. */
    @Bean
    public Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ScoreFileReader scoreFileReader, ScoreValidator scoreValidator,
                                StagingArea stagingArea) {
        return new StepBuilder("ingestFiles", jobRepository).<ScoreLine, CheckedLine>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(scoreFileReader).processor(scoreValidator).writer(stagingArea).build();
    }

    @Bean
    public Step settleStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           SettleTasklet settleTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("settle", jobRepository)
                .tasklet(settleTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step plansStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          PlansTasklet plansTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("plans", jobRepository)
                .tasklet(plansTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step computeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ComputeTasklet computeTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("compute", jobRepository)
                .tasklet(computeTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step briefingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                              BriefingsTasklet briefingsTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("briefings", jobRepository)
                .tasklet(briefingsTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step extractsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ExtractsTasklet extractsTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("extracts", jobRepository)
                .tasklet(extractsTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            PublishTasklet publishTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(publishTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Step deliveryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             DeliveryTasklet deliveryTasklet, RunListener runListener, StepCpu stepCpu) {
        return new StepBuilder("delivery", jobRepository)
                .tasklet(deliveryTasklet, transactionManager).listener(runListener).listener(stepCpu).build();
    }

    @Bean
    public Job nightlyJob(JobRepository jobRepository, RunListener runListener, Step fingerprintStep,
                          Step referenceStep, Step ingestStep, Step settleStep, Step plansStep, Step computeStep,
                          Step briefingsStep, Step extractsStep, Step publishStep, Step deliveryStep) {
        Flow briefings = new FlowBuilder<SimpleFlow>("briefingsFlow").start(briefingsStep).build();
        Flow extracts = new FlowBuilder<SimpleFlow>("extractsFlow").start(extractsStep).build();
        Flow outputs = new FlowBuilder<SimpleFlow>("outputsFlow")
                .split(new SimpleAsyncTaskExecutor("parindex-output-")).add(briefings, extracts).build();
        return new JobBuilder(JOB_NAME, jobRepository).listener(runListener)
                .start(fingerprintStep).on(FingerprintTasklet.UNCHANGED).to(deliveryStep)
                .from(fingerprintStep).on("*").to(referenceStep)
                .next(ingestStep).next(settleStep).next(plansStep).next(computeStep).next(outputs).next(publishStep)
                .next(deliveryStep)
                .end().build();
    }
}
