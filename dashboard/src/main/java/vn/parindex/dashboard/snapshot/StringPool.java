package vn.parindex.dashboard.snapshot;

import vn.parindex.text.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * Text read from the marts, normalised to NFC and held once. The start-up pool (unit ids, names, provinces, tiers…)
 * is shared read-only by every province slice; a slice pools the rest of its text itself, so that its strings go
 * with it when the cache evicts it, and counts what they take.
 */
final class StringPool {
    /** Java's compact strings: object header and fields, the byte array's header; Vietnamese text takes 2 bytes a char. */
    private static final int STRING_OVERHEAD = 24 + 16;

    private final Map<String, String> shared;
    private final Map<String, String> own = new HashMap<>();
    private long bytes;

    /** @param shared read, never written, by this pool */
    StringPool(Map<String, String> shared) {
        this.shared = shared;
    }

    /** A pool of its own, for the start-up tables. */
    StringPool() {
        this(Map.of());
    }

    /** Synchronized: the start-up tables are read a partition per core. */
    synchronized String pooled(String raw) {
        String text = Names.nfc(raw);
        String held = shared.get(text);
        if (held != null) {
            return held;
        }
        held = own.get(text);
        if (held == null) {
            own.put(text, text);
            bytes += STRING_OVERHEAD + 2L * text.length() + 48; // 48: the pool's map entry while loading
            held = text;
        }
        return held;
    }

    /** The bytes of the strings this pool added (the shared ones are paid for once, at start-up). */
    synchronized long bytes() {
        return bytes;
    }

    /** This pool's strings, for the slices to share once start-up is done. */
    synchronized Map<String, String> strings() {
        return own;
    }
}
