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
 * it), as the whole-file decoding did: the characters before it are handed out first. The byte offset of the next
 * character is known on demand ({@link #offset}): the decoder's blocks are counted for nothing, the characters
 * handed out since the last question re-encoded only when one is asked.
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
    /** Bytes the decoder has taken in (the offset of the next block's first character). */
    private long bytesDecoded;
    /** The offset of one character of the block being handed out, the last one asked for (or its first). */
    private long markOffset;
    private int markIndex;
    private boolean endOfInput;
    private boolean flushed;
    private InputFileException pending;

    /** The characters of a whole stream, its byte order mark dropped. */
    Utf8Chars(InputStream in) throws IOException, InputFileException {
        this(in, 0, 1);
    }

    /**
     * The characters of a stream that starts at the given byte offset and line of its file (a record's start, as an
     * earlier reading gave it): offsets and lines are the file's; only at offset 0 is a byte order mark dropped.
     */
    Utf8Chars(InputStream in, long offset, int line) throws IOException, InputFileException {
        this.in = in;
        this.bytesDecoded = offset;
        this.markOffset = offset;
        this.newlinesBefore = line - 1L;
        bytes.flip();
        chars.flip();
        if (offset == 0 && peek() == '\uFEFF') {
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

    /** The byte offset in the file of the next character (the end of the file after the last). */
    long offset() {
        int position = chars.position();
        char[] array = chars.array();
        for (int i = markIndex; i < position; i++) {
            char c = array[i];
            // a surrogate is half of a four-byte character
            markOffset += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        markIndex = position;
        return markOffset;
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
        // every character of the block before has been handed out: this one starts at the bytes decoded so far
        markOffset = bytesDecoded;
        markIndex = 0;
        while (chars.position() == 0 && pending == null && !flushed) {
            if (!bytes.hasRemaining() || !endOfInput && bytes.remaining() < 4) {
                readBytes();
            }
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            // the decoder stops at a bad byte: the newlines counted so far are those before it
            countNewlines(start, bytes.position());
            bytesDecoded += bytes.position() - start;
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
