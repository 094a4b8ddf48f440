package vn.parindex.quality;

/**
 * One row of quality_issues.csv: what is wrong, where (file, line, column) and what the run did about it.
 * Line is 0 when the problem is about the whole file.
 */
public record Issue(Severity severity, String file, int line, String column, String rule, String message, String action) {

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

    public static Issue error(String file, int line, String column, String rule, String message) {
        return new Issue(Severity.ERROR, file, line, column, rule, message, QUARANTINED);
    }

    public static Issue warning(String file, int line, String column, String rule, String message) {
        return new Issue(Severity.WARNING, file, line, column, rule, message, REPORTED);
    }

    public Issue withAction(String newAction) {
        return new Issue(severity, file, line, column, rule, message, newAction);
    }

    /** "file:line (column)" for console output. */
    public String location() {
        StringBuilder where = new StringBuilder(file);
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
