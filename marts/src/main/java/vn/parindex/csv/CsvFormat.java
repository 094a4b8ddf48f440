package vn.parindex.csv;

import java.util.List;

/**
 * How the product writes delimited text (RFC 4180, as the contract's extracts and the dashboard's downloads are): ','
 * between fields; a field is quoted, its quotes doubled, only when it holds a comma, a quote or a line break, so that
 * {@link DelimitedText} reads it back as written. Null is written as an empty field.
 */
public final class CsvFormat {
    private CsvFormat() {
    }

    /** One field as written. */
    public static String field(String text) {
        if (text == null) {
            return "";
        }
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Appends a record: its fields as written, ',' between them, CRLF after. */
    public static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append("\r\n");
    }

    private static void appendField(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        if (!needsQuotes(text)) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
