package vn.parindex.csv;

/** A file that cannot be read as a delimited text file at all; carries the line the problem was found on. */
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
