package vn.parindex.csv;

/** An input file that cannot be read at all (a delimited file without a usable header, a damaged plan workbook…): a rule id, the line or Excel row the problem was found on (0: the whole file) and a message. */
public class InputFileException extends Exception {
    private final int line;
    private final String rule;

    public InputFileException(String rule, int line, String message) {
        super(message);
        this.rule = rule;
        this.line = line;
    }

    public int line() {
        return line;
    }

    public String rule() {
        return rule;
    }
}
