package vn.parindex.dashboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.dashboard.snapshot.NoSnapshotException;

/**
 * Errors as JSON under /api and as a Vietnamese page elsewhere. A client's mistake is a 400/404; anything
 * unexpected is logged here and answered without a stack trace.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPages() {
    }

    public static void install(Javalin app) {
        app.exception(ClientError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.details()));
        app.exception(NoSnapshotException.class, (e, ctx) ->
                answer(ctx, 503, "Chưa có dữ liệu đã công bố: hãy chạy ./parindex run"));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("failed answering {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Lỗi máy chủ");
        });
        app.error(404, ctx -> { // Javalin's own "endpoint not found" is plain text; ours is already answered
            String type = ctx.res().getContentType();
            if (type == null || type.startsWith("text/plain")) {
                answer(ctx, 404, "Không có trang này");
            }
        });
    }

    static void answer(Context ctx, int status, String message) {
        answer(ctx, status, message, null);
    }

    static void answer(Context ctx, int status, String message, Html details) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode error = JSON.createObjectNode().put("error", message).put("status", status);
            ctx.contentType("application/json; charset=utf-8").result(error.toString());
        } else {
            ctx.contentType("text/html; charset=utf-8").result(Layout.error(status, message, details));
        }
    }
}
