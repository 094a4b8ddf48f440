package vn.parindex.grid;

/**
 * Why a file (or one of its tables) cannot be read: a rule id for quality_issues.csv, the line it was found on and a
 * message a planner understands.
 */
public final class ReadProblem extends Exception {
    private final String rule;
    private final int line;
    private final String column;

    public ReadProblem(String rule, String message) {
        this(rule, 0, message);
    }

    public ReadProblem(String rule, int line, String message) {
        this(rule, line, "", message);
    }

    /** A problem of a row or cell: {@code column} names it as {@link Grid#where} or {@link Grid#cellLabel} do. */
    public ReadProblem(String rule, int line, String column, String message) {
        super(message);
        this.rule = rule;
        this.line = line;
        this.column = column;
    }

    public String rule() {
        return rule;
    }

    /** The line the problem was found on (the Excel row of a sheet, the row of a table), 0 for the whole file. */
    public int line() {
        return line;
    }

    /** Where on the line: "" for a sheet or the whole file, "page 2, row 4" in a document. */
    public String column() {
        return column;
    }
}
