package vn.parindex.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 delimited text file (',' or ';', or tab) into records. Strict: bytes that are not UTF-8 are an
 * error naming the line, never replaced silently. A BOM is dropped; the delimiter is the one the header uses most.
 * Small files (reference data, plans) are read whole ({@link #read}); score files, which can hold a whole nation,
 * are read record by record ({@link #open}); a large file shown a page at a time is read again from where a page
 * starts ({@link Records#position}, {@link #openAt}).
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
        try {
            char delimiter = delimiterOf(new ByteArrayInputStream(bytes));
            List<CsvRecord> records = new ArrayList<>();
            try (Utf8Chars chars = new Utf8Chars(new ByteArrayInputStream(bytes))) {
                RecordTokenizer tokenizer = new RecordTokenizer(chars, delimiter, true);
                for (CsvRecord record = tokenizer.next(); record != null; record = tokenizer.next()) {
                    records.add(record);
                }
            }
            return new DelimitedText(delimiter, records);
        } catch (IOException e) { // bytes in memory
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The file's records one at a time, without holding them. The whole file is checked first (a pass that keeps no
     * field), so a file that is not UTF-8 or leaves a quote open fails here, before any record, as a file read whole
     * does: such a file is reported by that one problem, not by its rows.
     */
    public static Records open(Path file) throws IOException, InputFileException {
        char delimiter;
        try (InputStream in = Files.newInputStream(file)) {
            delimiter = delimiterOf(in);
        }
        try (Utf8Chars chars = new Utf8Chars(Files.newInputStream(file))) {
            new RecordTokenizer(chars, delimiter, false).next();
        }
        Utf8Chars chars = new Utf8Chars(Files.newInputStream(file));
        return new Records(delimiter, new RecordTokenizer(chars, delimiter, true), chars);
    }

    /**
     * The file's records from a position an earlier reading of it gave ({@link Records#position}; {@link
     * Position#START} for the whole file), with a known delimiter (that reading's, or the one the file's format
     * fixes), each field cut to {@code fieldLimit} characters. Without the check pass of {@link #open}: a byte that is not UTF-8 or a quote left open is thrown
     * when reached, with the file's own line, for a reader that uses nothing before the end (a scan that counts) or
     * reads a file already read through (a page of it).
     */
    public static Records openAt(Path file, char delimiter, Position at, int fieldLimit)
            throws IOException, InputFileException {
        FileChannel channel = FileChannel.open(file).position(at.offset());
        Utf8Chars chars;
        try {
            chars = new Utf8Chars(Channels.newInputStream(channel), at.offset(), at.line());
        } catch (IOException | InputFileException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new Records(delimiter, new RecordTokenizer(chars, delimiter, fieldLimit, at.line()), chars);
    }

    /** Where a record (or the blank lines before it) starts in a file: its byte offset and physical line. */
    public record Position(long offset, int line) {
        public static final Position START = new Position(0, 1);
    }

    public char delimiter() {
        return delimiter;
    }

    /** All records that are not blank, the header first. */
    public List<CsvRecord> records() {
        return records;
    }

    /** A file's records, read as they are asked for; close it when done. */
    public static final class Records implements AutoCloseable {
        private final char delimiter;
        private final RecordTokenizer tokenizer;
        private final Utf8Chars chars;

        private Records(char delimiter, RecordTokenizer tokenizer, Utf8Chars chars) {
            this.delimiter = delimiter;
            this.tokenizer = tokenizer;
            this.chars = chars;
        }

        public char delimiter() {
            return delimiter;
        }

        /** The next record that is not blank, or null at the end. */
        public CsvRecord next() throws IOException, InputFileException {
            return tokenizer.next();
        }

        /** Where the next record starts (the end of the file after the last): {@link #openAt} reads on from there. */
        public Position position() {
            return new Position(chars.offset(), tokenizer.line());
        }

        @Override
        public void close() throws IOException {
            chars.close();
        }
    }

    /** The delimiter the header line (up to its first line feed) uses most outside quotes. */
    private static char delimiterOf(InputStream in) throws IOException, InputFileException {
        StringBuilder header = new StringBuilder();
        try (Utf8Chars chars = new Utf8Chars(in)) {
            for (int c = chars.read(); c >= 0 && c != '\n'; c = chars.read()) {
                header.append((char) c);
            }
        }
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

    private static int countOutsideQuotes(CharSequence line, char wanted) {
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
}
