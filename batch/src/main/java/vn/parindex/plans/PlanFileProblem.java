package vn.parindex.plans;

/** Why a plan file cannot be read at all (no header, a damaged workbook…): a rule id, a line and a message. */
public final class PlanFileProblem extends Exception {
    private final String rule;
    private final int line;

    public PlanFileProblem(String rule, int line, String message) {
        super(message);
        this.rule = rule;
        this.line = line;
    }

    public String rule() {
        return rule;
    }

    /** The line or Excel row the problem was found on; 0 for the whole file. */
    public int line() {
        return line;
    }
}
