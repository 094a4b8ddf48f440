package vn.parindex.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a UTF-8 byte stream, decoded a block at a time, a leading byte order mark dropped. A byte that is
 * not UTF-8 is reported (rule not_utf8) when the reader reaches it, with its physical line (1 + the '\n' bytes before
 * it), as the whole-file decoding did: the characters before it are handed out first.
 */
final class Utf8Chars implements Closeable {
    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
    private final CharBuffer chars = CharBuffer.allocate(BLOCK);
    /** '\n' bytes in the blocks already decoded and let go. */
    private long newlinesBefore;
    private boolean endOfInput;
    private boolean flushed;
    private InputFileException pending;

    Utf8Chars(InputStream in) throws IOException, InputFileException {
        this.in = in;
        bytes.flip();
        chars.flip();
        if (peek() == '\uFEFF') {
            read();
        }
    }

    /** The next character without taking it, or -1 at the end. */
    int peek() throws IOException, InputFileException {
        return fill() ? chars.get(chars.position()) : -1;
    }

    /** The next character, or -1 at the end. */
    int read() throws IOException, InputFileException {
        return fill() ? chars.get() : -1;
    }

    /** True when a character is waiting; decodes the next block when none is. */
    private boolean fill() throws IOException, InputFileException {
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (flushed) {
                return false;
            }
            decodeBlock();
        }
        return true;
    }

    private void decodeBlock() throws IOException, InputFileException {
        chars.clear();
        while (chars.position() == 0 && pending == null && !flushed) {
            if (!bytes.hasRemaining() || !endOfInput && bytes.remaining() < 4) {
                readBytes();
            }
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            // the decoder stops at a bad byte: the newlines counted so far are those before it
            countNewlines(start, bytes.position());
            if (result.isError()) {
                pending = notUtf8(bytes.get(bytes.position()));
            } else if (endOfInput && result.isUnderflow()) {
                decoder.flush(chars);
                flushed = true;
            }
        }
        chars.flip();
    }

    /** Moves the undecoded bytes to the front and reads more behind them; notes the end of the stream. */
    private void readBytes() throws IOException {
        bytes.compact();
        int read = endOfInput ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void countNewlines(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                newlinesBefore++;
            }
        }
    }

    private InputFileException notUtf8(byte bad) {
        long line = newlinesBefore + 1;
        return new InputFileException("not_utf8", (int) line, String.format(
                "the file is not UTF-8: byte 0x%02X at line %d cannot be decoded (save the file as UTF-8)",
                bad & 0xFF, line));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
