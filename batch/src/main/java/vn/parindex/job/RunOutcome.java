package vn.parindex.job;

import java.nio.file.Path;
import java.util.List;
import vn.parindex.quality.Issue;

/**
 * How a run ended, as the command line reports it: the exit code of contract section 3, the one-line summary, the
 * problems found (every severity, in the order of the quality report) and the quality report they are written to
 * (null when the run published none).
 */
public record RunOutcome(int exitCode, String summary, List<Issue> problems, Path qualityReport) {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int NOTHING_PUBLISHED = 2;
    public static final int QUARANTINED = 3;

    public RunOutcome(int exitCode, String summary, List<Issue> problems) {
        this(exitCode, summary, problems, null);
    }
}
