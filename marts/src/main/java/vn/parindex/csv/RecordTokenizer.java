package vn.parindex.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the characters of a delimited file into records, one at a time (RFC 4180 quoting: a quote opens a field only
 * at its start, a doubled quote inside is one quote, quoted fields may hold delimiters and line breaks; CR, LF and
 * CRLF end a record). Each record keeps the physical line it starts on; records whose every field is blank are
 * skipped. A quote never closed is reported (rule unterminated_quote) at the end, at the line it opened on. A field
 * may be cut to a length (a reader that shows a file needs no more of a field than a page holds).
 */
final class RecordTokenizer {
    private final Utf8Chars chars;
    private final char delimiter;
    /** Characters kept of a field; 0 for a check pass: the characters are followed for their quotes and lines only. */
    private final int fieldLimit;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line;
    private int recordLine;
    private int quoteLine;
    private boolean quoted;
    private boolean fieldStarted;

    /** Records whose every field is kept whole ({@code keep}), or a check pass that keeps none. */
    RecordTokenizer(Utf8Chars chars, char delimiter, boolean keep) {
        this(chars, delimiter, keep ? Integer.MAX_VALUE : 0, 1);
    }

    /** Records from the given physical line on, each field cut to {@code fieldLimit} characters. */
    RecordTokenizer(Utf8Chars chars, char delimiter, int fieldLimit, int line) {
        this.chars = chars;
        this.delimiter = delimiter;
        this.fieldLimit = fieldLimit;
        this.line = line;
        this.recordLine = line;
    }

    /** The physical line the next record starts on (between records). */
    int line() {
        return line;
    }

    /** The next record that is not blank, or null at the end. */
    CsvRecord next() throws IOException, InputFileException {
        int c;
        while ((c = chars.read()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    if (chars.peek() == '"') {
                        append('"');
                        chars.read();
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append((char) c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                endField();
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && chars.peek() == '\n') {
                    chars.read();
                }
                CsvRecord record = endRecord();
                line++;
                recordLine = line;
                if (record != null) {
                    return record;
                }
            } else {
                append((char) c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InputFileException("unterminated_quote", quoteLine,
                    "a quoted field opened at line " + quoteLine + " is never closed");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            return endRecord();
        }
        return null;
    }

    private void append(char c) {
        if (field.length() < fieldLimit) {
            field.append(c);
        }
    }

    private void endField() {
        if (fieldLimit > 0) {
            fields.add(field.toString());
            field.setLength(0);
        } else {
            fields.add("");
        }
        fieldStarted = false;
    }

    /** The record just ended, or null when it is blank or only checked. */
    private CsvRecord endRecord() {
        endField();
        CsvRecord record = fieldLimit > 0 ? new CsvRecord(recordLine, List.copyOf(fields)) : null;
        fields.clear();
        return record == null || record.isBlank() ? null : record;
    }
}
