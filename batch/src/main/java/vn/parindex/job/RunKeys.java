package vn.parindex.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a step hands the later ones through the job's ExecutionContext, which the job repository keeps with each
 * execution: so the repository also records which input fingerprint each run saw and which snapshot it built, with
 * its row counts. Later steps read the values as late-bound {@code #{jobExecutionContext['…']}} arguments of their
 * step-scoped tasklets.
 */
final class RunKeys {
    /** The input's fingerprint (String), set by the fingerprint step. */
    static final String FINGERPRINT = "fingerprint";
    /** True when the input is that of the current snapshot and the job ended after the fingerprint step. */
    static final String UNCHANGED = "unchanged";
    /** The id (String) and folder (String, absolute) of the snapshot the compute step created. */
    static final String SNAPSHOT_ID = "snapshot_id";
    static final String SNAPSHOT_DIR = "snapshot_dir";
    /** Rows per extract in publication order (a LinkedHashMap of String to Long), set by the extracts step. */
    static final String ROW_COUNTS = "row_counts";
    /** What the delivery of the subscriptions' mails did, one line (String), set by the delivery step when it did anything. */
    static final String DELIVERY = "delivery";

    private RunKeys() {
    }

    /** The job's context, for a step to hand values on. */
    static ExecutionContext jobContext(StepContribution contribution) {
        return contribution.getStepExecution().getJobExecution().getExecutionContext();
    }

    static void snapshot(StepContribution contribution, String id, Path folder) {
        ExecutionContext context = jobContext(contribution);
        context.putString(SNAPSHOT_ID, id);
        context.putString(SNAPSHOT_DIR, folder.toAbsolutePath().toString());
    }

    /** The row counts recorded in a job's context, in publication order; empty when none were recorded. */
    @SuppressWarnings("unchecked")
    static Map<String, Long> rowCounts(ExecutionContext context) {
        Object counts = context.get(ROW_COUNTS);
        return counts instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Long>) map) : new LinkedHashMap<>();
    }
}
