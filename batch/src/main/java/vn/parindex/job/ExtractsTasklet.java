package vn.parindex.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.compute.Mart;
import vn.parindex.publish.ExtractWriter;
import vn.parindex.marts.SnapshotLayout;
import vn.parindex.quality.Issue;

/**
 * The extracts step: the CSV extracts and quality_issues.csv of the new snapshot, with their row counts for the
 * manifest. Runs beside the briefings step (both only read the marts the compute step wrote).
 */
public class ExtractsTasklet implements Tasklet {
    private static final Comparator<Issue> ISSUE_ORDER = Comparator
            .comparing((Issue issue) -> issue.file() == null || issue.file().isEmpty())
            .thenComparing(issue -> issue.file() == null ? "" : issue.file())
            .thenComparingInt(Issue::line)
            .thenComparing(Issue::severity)
            .thenComparing(issue -> issue.column() == null ? "" : issue.column());

    private final Path snapshot;
    private final RunResults results;

    /** @param snapshot the folder of the snapshot the compute step built */
    public ExtractsTasklet(Path snapshot, RunResults results) {
        this.snapshot = snapshot;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Files.createDirectories(SnapshotLayout.extracts(snapshot));
        Map<String, Long> counts = new LinkedHashMap<>(ExtractWriter.writeAll(
                results.computation().marts().stream().map(Mart::schema).toList(), snapshot));
        List<Issue> issues = new ArrayList<>(results.issues());
        issues.sort(ISSUE_ORDER);
        ExtractWriter.writeIssues(issues, SnapshotLayout.extract(snapshot, SnapshotLayout.QUALITY_ISSUES));
        counts.put(SnapshotLayout.QUALITY_ISSUES, (long) issues.size());
        RunKeys.jobContext(contribution).put(RunKeys.ROW_COUNTS, counts);
        return RepeatStatus.FINISHED;
    }
}
