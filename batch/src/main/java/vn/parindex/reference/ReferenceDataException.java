package vn.parindex.reference;

import java.util.List;
import vn.parindex.quality.Issue;

/** Invalid reference data: the run stops and publishes nothing (exit code 2). */
public class ReferenceDataException extends RuntimeException {
    private final transient List<Issue> issues;

    public ReferenceDataException(List<Issue> issues) {
        super("invalid reference data: " + issues.size() + " problem(s); first: " + issues.get(0));
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
