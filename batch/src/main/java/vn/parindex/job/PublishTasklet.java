package vn.parindex.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.compute.Mart;
import vn.parindex.publish.ExtractWriter;
import vn.parindex.marts.Manifest;
import vn.parindex.marts.SnapshotLayout;
import vn.parindex.publish.Warehouse;
import vn.parindex.quality.Issue;

/** Writes the CSV extracts and quality_issues.csv, then the manifest, then switches `current`: in that order. */
public class PublishTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);
    private static final Comparator<Issue> ISSUE_ORDER = Comparator
            .comparing((Issue issue) -> issue.file() == null || issue.file().isEmpty())
            .thenComparing(issue -> issue.file() == null ? "" : issue.file())
            .thenComparingInt(Issue::line)
            .thenComparing(Issue::severity)
            .thenComparing(issue -> issue.column() == null ? "" : issue.column());

    private final RunState state;

    public PublishTasklet(RunState state) {
        this.state = state;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Path snapshot = state.snapshotDir();
        Files.createDirectories(SnapshotLayout.extracts(snapshot));
        state.rowCounts().putAll(ExtractWriter.writeAll(
                state.computation().marts().stream().map(Mart::schema).toList(), snapshot));
        List<Issue> issues = new ArrayList<>(state.issues());
        issues.sort(ISSUE_ORDER);
        ExtractWriter.writeIssues(issues, SnapshotLayout.extract(snapshot, SnapshotLayout.QUALITY_ISSUES));
        state.rowCounts().put(SnapshotLayout.QUALITY_ISSUES, (long) issues.size());

        Warehouse warehouse = new Warehouse(state.request().warehouse());
        Manifest manifest = new Manifest(state.snapshotId(), ZonedDateTime.now(ZoneOffset.UTC).toString(),
                state.fingerprint(), ProductVersion.get(), Manifest.COMPLETE, state.rowCounts(),
                state.acceptedFiles(), state.quarantinedFiles());
        manifest.write(snapshot);
        warehouse.switchCurrent(snapshot);
        LOG.info("published snapshot {}: {}", state.snapshotId(), state.rowCounts());
        return RepeatStatus.FINISHED;
    }
}
