package vn.parindex.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.csv.CsvFormat;
import vn.parindex.marts.HiddenCharacters;

/**
 * Writes an extract: UTF-8 without BOM, header row, the product's CSV format ({@link CsvFormat}: RFC 4180, CRLF line
 * ends, as the contract's examples), no control character.
 */
final class CsvOut implements AutoCloseable {
    private final BufferedWriter writer;
    private final StringBuilder line = new StringBuilder(256);
    private final List<String> cleaned = new ArrayList<>();

    CsvOut(Path file, List<String> header) throws IOException {
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        row(header);
    }

    /** A row is put together first and handed over in one write: the writer locks and checks on every call. */
    void row(List<String> fields) throws IOException {
        line.setLength(0);
        cleaned.clear();
        for (String field : fields) {
            cleaned.add(withoutControls(field));
        }
        CsvFormat.appendRecord(line, cleaned);
        writer.append(line);
    }

    /**
     * C0 control characters other than tab, CR and LF (a NUL from a damaged input) never reach an extract, nor do
     * bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: a right-to-left override in a name would
     * reorder what a spreadsheet or a notebook displays); other format characters (a zero-width space) are kept as
     * data, and the quality messages show them written out.
     */
    private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    /** A field as an extract writes it. */
    static String quote(String raw) {
        return CsvFormat.field(withoutControls(raw));
    }

    private static String withoutControls(String raw) {
        return raw != null && hasControl(raw) ? CONTROLS.matcher(raw).replaceAll("") : raw;
    }

    /** A scan without the regex first: nearly every field of an extract has no control character to drop. */
    private static boolean hasControl(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || HiddenCharacters.isBidiControl(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
