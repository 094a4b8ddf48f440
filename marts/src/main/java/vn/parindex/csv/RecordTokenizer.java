package vn.parindex.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the characters of a delimited file into records, one at a time (RFC 4180 quoting: a quote opens a field only
 * at its start, a doubled quote inside is one quote, quoted fields may hold delimiters and line breaks; CR, LF and
 * CRLF end a record). Each record keeps the physical line it starts on; records whose every field is blank are
 * skipped. A quote never closed is reported (rule unterminated_quote) at the end, at the line it opened on.
 */
final class RecordTokenizer {
    private final Utf8Chars chars;
    private final char delimiter;
    /** False for a check pass: the characters are followed for their quotes and lines, no field is kept. */
    private final boolean keep;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    private int recordLine = 1;
    private int quoteLine;
    private boolean quoted;
    private boolean fieldStarted;

    RecordTokenizer(Utf8Chars chars, char delimiter, boolean keep) {
        this.chars = chars;
        this.delimiter = delimiter;
        this.keep = keep;
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
        if (keep) {
            field.append(c);
        }
    }

    private void endField() {
        if (keep) {
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
        CsvRecord record = keep ? new CsvRecord(recordLine, List.copyOf(fields)) : null;
        fields.clear();
        return record == null || record.isBlank() ? null : record;
    }
}
