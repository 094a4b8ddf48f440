package vn.parindex.dashboard.web;

import io.javalin.http.Context;
import java.util.Arrays;

/** Sends a cached body with its ETag, or 304 when the client already holds it. */
public final class Responses {
    /** Revalidate every time: the same address answers from a new snapshot after the nightly switch. */
    public static final String REVALIDATE = "no-cache";

    private Responses() {
    }

    public static void send(Context ctx, ResponseCache.Entry entry, String cacheControl) {
        ctx.header("ETag", entry.etag());
        ctx.header("Cache-Control", cacheControl);
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).anyMatch(tag -> tag.equals(entry.etag()) || tag.equals("*"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(entry.contentType()).result(entry.body());
    }

    /**
     * The parameters any view, chart, API route or download reads. Others (padding, tracking tags) cannot change an
     * answer, so they are left out of cache keys: a flood of distinct ignored parameters hits one entry.
     */
    static final java.util.Set<String> USED_PARAMETERS = java.util.Set.of("province", "tier", "index", "year", "unit",
            "unit_id", "type", "from", "to", "highlight", "q", "page", "status", "lead", "format");

    /** Snapshot, path and the used parameters, sorted by name (values in the order given), as one key. */
    public static String cacheKey(String snapshotId, Context ctx) {
        StringBuilder key = new StringBuilder(snapshotId).append(' ').append(ctx.path());
        new java.util.TreeMap<>(ctx.queryParamMap()).forEach((name, values) -> {
            if (USED_PARAMETERS.contains(name)) {
                values.forEach(value -> key.append('&').append(name).append('=').append(value));
            }
        });
        return key.toString();
    }
}
