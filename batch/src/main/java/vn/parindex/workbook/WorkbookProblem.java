package vn.parindex.workbook;

/** Why a workbook cannot be read at all: a rule id for quality_issues.csv and a message a planner understands. */
public final class WorkbookProblem extends Exception {
    private final String rule;
    private final int line;

    public WorkbookProblem(String rule, String message) {
        this(rule, 0, message);
    }

    public WorkbookProblem(String rule, int line, String message) {
        super(message);
        this.rule = rule;
        this.line = line;
    }

    public String rule() {
        return rule;
    }

    /** The Excel row the problem was found on, 0 for the whole file. */
    public int line() {
        return line;
    }
}
