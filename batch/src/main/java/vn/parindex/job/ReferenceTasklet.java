package vn.parindex.job;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.reference.ReferenceDataLoader;

/** Loads and checks the reference data; a problem fails the job before anything is read or published. */
public class ReferenceTasklet implements Tasklet {
    private final RunRequest request;
    private final RunResults results;

    public ReferenceTasklet(RunRequest request, RunResults results) {
        this.request = request;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        results.reference(ReferenceDataLoader.load(request.inputDir()));
        return RepeatStatus.FINISHED;
    }
}
