package vn.parindex.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.plans.PlanReader;
import vn.parindex.plans.PlanReading;

/** Reads the plans' task tables (contract 1.7); a file with any error is quarantined whole, like a score file. */
public class PlansTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(PlansTasklet.class);

    private final RunRequest request;
    private final RunResults results;

    public PlansTasklet(RunRequest request, RunResults results) {
        this.request = request;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PlanReading reading = PlanReader.read(request.inputDir(), results.reference());
        results.plans(reading);
        results.issues().addAll(reading.issues());
        LOG.info("{} plan file(s) accepted with {} tasks, {} quarantined", reading.acceptedFiles().size(),
                reading.tasks().size(), reading.quarantinedFiles().size());
        reading.quarantinedFiles().forEach(file -> LOG.warn("quarantined: {}", file));
        return RepeatStatus.FINISHED;
    }
}
