package vn.parindex.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/** Read-only, no framing, no sniffing, nothing loaded from elsewhere. */
public final class SecurityHeaders {
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** An SVG chart opened on its own may style itself, but runs nothing. */
    public static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private SecurityHeaders() {
    }

    /** The headers every answer carries, Jetty's own error answers too. */
    static java.util.Map<String, String> names() {
        return HEADERS;
    }

    private static final java.util.Map<String, String> HEADERS = java.util.Map.of(
            "Content-Security-Policy", PAGE_POLICY, "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer", "Cross-Origin-Resource-Policy", "same-origin");

    /** A before-handler: sets the headers and answers 405 to anything but GET and HEAD. */
    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            ctx.header("Allow", "GET, HEAD");
            ctx.status(405).contentType("application/json; charset=utf-8")
                    .result("{\"error\":\"chỉ đọc: GET hoặc HEAD\",\"status\":405}");
            ctx.skipRemainingHandlers();
        }
    }
}
