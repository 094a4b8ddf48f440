package vn.parindex.dashboard.snapshot;

import vn.parindex.marts.MartRow;

/**
 * An estimate of the heap a row takes (64-bit JVM with compressed references): the MartRow, its value array and the
 * boxes it holds. Strings are counted by their {@link StringPool}; small Integers and Booleans are the JVM's cached
 * ones. Meant for bounding a cache, so it leans high rather than low.
 */
final class RowBytes {
    private static final int ROW = 24;
    private static final int ARRAY_HEADER = 16;
    /** A boxed Double takes 24 bytes (header and value, aligned), an Integer 16. */
    private static final int DOUBLE = 24;
    private static final int BOX = 16;
    /** The row's place in the slice's lists and its share of their lookup maps. */
    private static final int INDEXED = 24;

    private RowBytes() {
    }

    static long of(Object[] values) {
        long bytes = ROW + INDEXED + align(ARRAY_HEADER + 4L * values.length);
        for (Object value : values) {
            if (value instanceof Double || value instanceof Long) {
                bytes += DOUBLE;
            } else if (value instanceof Integer i && (i < -128 || i > 127)) {
                bytes += BOX;
            }
        }
        return bytes;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
