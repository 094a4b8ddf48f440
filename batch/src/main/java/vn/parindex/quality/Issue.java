package vn.parindex.quality;

import vn.parindex.marts.HiddenCharacters;

/**
 * One row of quality_issues.csv: what is wrong, where (file, line, column) and what the run did about it.
 * Line is 0 when the problem is about the whole file. Messages quote input values: every hidden character in them
 * (a NUL, a U+FEFF, a zero-width space, a bidi control) is written out as &#92;u0000, here, once for every
 * reader, rule and file kind, so a value that only looks like a known one never reads as it.
 */
public record Issue(Severity severity, String file, int line, String column, String rule, String message, String action) {

    public Issue {
        message = HiddenCharacters.escaped(message);
        column = HiddenCharacters.escaped(column);
    }

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String QUARANTINED = "file quarantined";
    public static final String RUN_STOPPED = "run stopped, nothing published";
    public static final String REPORTED = "reported, value kept as published";
    public static final String KEPT_PREVIOUS = "previous snapshot data kept";
    public static final String NOTHING_TO_USE = "reported, nothing to use";

    public static Issue error(String file, int line, String column, String rule, String message) {
        return new Issue(Severity.ERROR, file, line, column, rule, message, QUARANTINED);
    }

    public static Issue warning(String file, int line, String column, String rule, String message) {
        return new Issue(Severity.WARNING, file, line, column, rule, message, REPORTED);
    }

    /** A file with nothing wrong in it and nothing in it either (a header, no rows): said, not quarantined. */
    public static Issue noRows(String file, String rule, String message) {
        return new Issue(Severity.WARNING, file, 0, "", rule, message, NOTHING_TO_USE);
    }

    public Issue withAction(String newAction) {
        return new Issue(severity, file, line, column, rule, message, newAction);
    }

    /** "file:line [column]" for console output (hidden characters in a file name written out, as in messages). */
    public String location() {
        StringBuilder where = new StringBuilder(HiddenCharacters.escaped(file));
        if (line > 0) {
            where.append(':').append(line);
        }
        if (column != null && !column.isEmpty()) {
            where.append(" [").append(column).append(']');
        }
        return where.toString();
    }

    @Override
    public String toString() {
        return severity.label() + " " + location() + " " + rule + ": " + message;
    }
}
