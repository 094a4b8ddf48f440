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

    public static String cacheKey(String snapshotId, Context ctx) {
        String query = ctx.queryString();
        return snapshotId + ' ' + ctx.path() + (query == null ? "" : "?" + query);
    }
}
