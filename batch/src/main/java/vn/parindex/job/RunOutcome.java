package vn.parindex.job;

import java.util.List;
import vn.parindex.quality.Issue;

/** How a run ended, as the command line reports it: the exit code of contract section 3 and what to print. */
public record RunOutcome(int exitCode, String summary, List<Issue> problems) {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int NOTHING_PUBLISHED = 2;
    public static final int QUARANTINED = 3;
}
