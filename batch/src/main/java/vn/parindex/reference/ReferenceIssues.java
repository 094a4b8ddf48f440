package vn.parindex.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import vn.parindex.csv.InputFileException;
import vn.parindex.quality.Issue;
import vn.parindex.text.Names;

/** Collects the problems of the reference files; any problem stops the run. */
final class ReferenceIssues {
    private final List<Issue> issues = new ArrayList<>();

    void add(String file, int line, String column, String rule, String message) {
        issues.add(new Issue(Issue.Severity.ERROR, file, line, column, rule, message, Issue.RUN_STOPPED));
    }

    void add(String file, InputFileException e) {
        add(file, e.line(), "", e.rule(), e.getMessage());
    }

    /** A whole-number year, or a reported problem. */
    OptionalInt year(String file, int line, String column, String text, boolean required) {
        String value = Names.clean(text);
        if (value.isEmpty()) {
            if (required) {
                add(file, line, column, "missing_value", column + " is empty");
            }
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            add(file, line, column, "not_a_year", "'" + value + "' is not a year");
            return OptionalInt.empty();
        }
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    List<Issue> list() {
        return issues;
    }
}
