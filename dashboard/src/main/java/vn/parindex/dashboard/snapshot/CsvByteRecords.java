package vn.parindex.dashboard.snapshot;

import vn.parindex.text.Names;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an extract (RFC 4180, UTF-8) record by record straight from its bytes, knowing the byte offset where each
 * record starts: the delimiters are ASCII, so a large file can be paged by seeking to a saved offset instead of
 * being held in memory. A field longer than the cap is cut (a report line needs no more).
 */
final class CsvByteRecords implements AutoCloseable {
    static final int MAX_FIELD_BYTES = 64 * 1024;

    private final InputStream in;
    private long position;
    private int pushedBack = -2;

    CsvByteRecords(InputStream in, long startOffset) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.position = startOffset;
    }

    /** Where the next record starts. */
    long position() {
        return position;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') { // blank lines
            c = read();
        }
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    break;
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    append(field, c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(text(field));
                field.reset();
            } else if (c == '\r' || c == '\n' || c < 0) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                break;
            } else {
                append(field, c);
            }
            c = read();
        }
        fields.add(text(field));
        return fields;
    }

    private static void append(ByteArrayOutputStream field, int b) {
        if (field.size() < MAX_FIELD_BYTES) {
            field.write(b);
        }
    }

    private static String text(ByteArrayOutputStream field) {
        return Names.nfc(field.toString(StandardCharsets.UTF_8));
    }

    private int read() throws IOException {
        int b;
        if (pushedBack != -2) {
            b = pushedBack;
            pushedBack = -2;
        } else {
            b = in.read();
        }
        if (b >= 0) {
            position++;
        }
        return b;
    }

    private void unread(int b) {
        if (b >= 0) {
            position--;
        }
        pushedBack = b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
