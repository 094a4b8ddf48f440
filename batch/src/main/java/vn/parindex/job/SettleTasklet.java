package vn.parindex.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.ingest.IngestResult;
import vn.parindex.ingest.Settlement;
import vn.parindex.ingest.StagedFiles;

/** Decides, once every file has been read, which files are used and which are quarantined. */
public class SettleTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(SettleTasklet.class);

    private final RunRequest request;
    private final RunResults results;
    private final StagedFiles staging;

    public SettleTasklet(RunRequest request, RunResults results, StagedFiles staging) {
        this.request = request;
        this.results = results;
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        IngestResult result = Settlement.settle(staging.inReadingOrder(request.inputDir()));
        if (result.acceptedRowCount() == 0 && result.quarantinedFiles().isEmpty() && !request.allowEmpty()) {
            throw new EmptyInputException(request.inputDir());
        }
        results.ingest(result);
        results.issues().addAll(result.issues());
        LOG.info("{} score file(s) accepted with {} rows, {} quarantined", result.acceptedFiles().size(),
                result.acceptedRowCount(), result.quarantinedFiles().size());
        result.quarantinedFiles().forEach(file -> LOG.warn("quarantined: {}", file));
        return RepeatStatus.FINISHED;
    }
}
