package vn.parindex.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered charts and API answers, per snapshot id and request (path and normalised query), least recently used
 * evicted first once the entries together exceed the byte budget or the entry cap. An entry costs its body, its
 * key and a fixed overhead, so a flood of distinct URLs cannot fill the heap with keys. A strong ETag is the
 * body's hash.
 */
public final class ResponseCache {
    public record Entry(byte[] body, String contentType, String etag) {
    }

    /** Map node, entry record, ETag and content type strings: what an entry costs besides its body and key. */
    static final int ENTRY_OVERHEAD = 256;
    static final int DEFAULT_MAX_ENTRIES = 20_000;

    private final long maxBytes;
    private final int maxEntries;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public ResponseCache(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_ENTRIES);
    }

    public ResponseCache(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** Bytes held, keys included (for tests and the health of the budget). */
    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return entries.size();
    }

    private static long cost(String key, Entry entry) {
        return 2L * key.length() + entry.body().length + ENTRY_OVERHEAD;
    }

    /** The cached entry, or the one made now (outside the lock, so slow renders do not block hits). */
    public Entry get(String key, Supplier<Entry> make) {
        synchronized (this) {
            Entry hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Entry made = make.get();
        synchronized (this) {
            Entry previous = entries.put(key, made);
            bytes += cost(key, made) - (previous == null ? 0 : cost(key, previous));
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while ((bytes > maxBytes || entries.size() > maxEntries) && eldest.hasNext()) {
                Map.Entry<String, Entry> evicted = eldest.next();
                bytes -= cost(evicted.getKey(), evicted.getValue());
                eldest.remove();
            }
        }
        return made;
    }

    public static Entry entry(byte[] body, String contentType) {
        return new Entry(body, contentType, '"' + hash(body) + '"');
    }

    public static Entry entry(String body, String contentType) {
        return entry(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
