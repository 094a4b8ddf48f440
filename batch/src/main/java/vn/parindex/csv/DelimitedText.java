package vn.parindex.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 delimited text file (',' or ';', or tab) into records. Strict: bytes that are not UTF-8 are an
 * error naming the line, never replaced silently. A BOM is dropped; the delimiter is the one the header uses most.
 */
public final class DelimitedText {
    private final char delimiter;
    private final List<CsvRecord> records;

    private DelimitedText(char delimiter, List<CsvRecord> records) {
        this.delimiter = delimiter;
        this.records = records;
    }

    public static DelimitedText read(Path file) throws IOException, InputFileException {
        return parse(Files.readAllBytes(file));
    }

    public static DelimitedText parse(byte[] bytes) throws InputFileException {
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = detectDelimiter(text);
        return new DelimitedText(delimiter, split(text, delimiter));
    }

    public char delimiter() {
        return delimiter;
    }

    /** All records that are not blank, the header first. */
    public List<CsvRecord> records() {
        return records;
    }

    private static String decodeUtf8(byte[] bytes) throws InputFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badOffset = in.position();
            int line = 1;
            for (int i = 0; i < badOffset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputFileException("not_utf8", line, String.format(
                    "the file is not UTF-8: byte 0x%02X at line %d cannot be decoded (save the file as UTF-8)",
                    bytes[badOffset] & 0xFF, line));
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new InputFileException("not_utf8", 1, "the file is not UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int commas = countOutsideQuotes(header, ',');
        int semicolons = countOutsideQuotes(header, ';');
        int tabs = countOutsideQuotes(header, '\t');
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    private static int countOutsideQuotes(String line, char wanted) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static List<CsvRecord> split(String text, char delimiter) throws InputFileException {
        List<CsvRecord> result = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addRecord(result, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new InputFileException("unterminated_quote", quoteLine,
                    "a quoted field opened at line " + quoteLine + " is never closed");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRecord(result, recordLine, fields);
        }
        return result;
    }

    private static void addRecord(List<CsvRecord> result, int line, List<String> fields) {
        CsvRecord record = new CsvRecord(line, List.copyOf(fields));
        if (!record.isBlank()) {
            result.add(record);
        }
    }
}
