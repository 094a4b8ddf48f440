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
 * Rendered charts and API answers, per snapshot id and request (path and query), least recently used
 * evicted first once the bodies together exceed the byte budget. A strong ETag is the body's hash.
 */
public final class ResponseCache {
    public record Entry(byte[] body, String contentType, String etag) {
    }

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
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
            bytes += made.body().length - (previous == null ? 0 : previous.body().length);
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
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
