package vn.parindex.dashboard.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import vn.parindex.dashboard.chart.ChartRenderer;
import vn.parindex.dashboard.chart.Format;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.SnapshotSource;

/**
 * Serves a view at its path, each of its tables at /csv/&lt;path&gt;/&lt;id&gt;.csv and each of its charts at
 * /charts/&lt;path&gt;/&lt;name&gt;.png|svg, all with the page's query. Charts are cached per snapshot and request.
 */
public final class ViewRoutes {
    private final Javalin app;
    private final SnapshotSource source;
    private final ChartRenderer charts;
    private final ResponseCache cache;

    public ViewRoutes(Javalin app, SnapshotSource source, ChartRenderer charts, ResponseCache cache) {
        this.app = app;
        this.source = source;
        this.charts = charts;
        this.cache = cache;
    }

    /** @param path the page's route, e.g. "/ranking" or "/unit/{unit}" */
    public ViewRoutes add(String path, View view) {
        String nested = path.equals("/") ? "" : path;
        ReadOnlyRoutes.get(app, path, ctx -> {
            Snapshot snapshot = source.current();
            Page page = view.build(snapshot, new Params(ctx));
            ctx.header("Cache-Control", Responses.REVALIDATE);
            ctx.contentType("text/html; charset=utf-8").result(Layout.page(page, snapshot.id()));
        });
        ReadOnlyRoutes.get(app, "/csv" + nested + "/{file}", ctx -> csv(ctx, view));
        ReadOnlyRoutes.get(app, "/charts" + nested + "/{file}", ctx -> chart(ctx, view));
        return this;
    }

    private void csv(Context ctx, View view) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".csv")) {
            throw ClientError.notFound("không có bảng " + file);
        }
        String id = file.substring(0, file.length() - ".csv".length());
        Snapshot snapshot = source.current();
        DataTable table = view.build(snapshot, new Params(ctx)).table(id)
                .orElseThrow(() -> ClientError.notFound("không có bảng " + id));
        ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(table.csv().getBytes(StandardCharsets.UTF_8));
    }

    private void chart(Context ctx, View view) {
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        Format format = dot < 0 ? null : switch (file.substring(dot + 1)) {
            case "png" -> Format.PNG;
            case "svg" -> Format.SVG;
            default -> null;
        };
        if (format == null) {
            throw ClientError.notFound("biểu đồ phải là .png hoặc .svg");
        }
        String name = file.substring(0, dot);
        Snapshot snapshot = source.current();
        ResponseCache.Entry entry = cache.get(Responses.cacheKey(snapshot.id(), ctx), () -> {
            ChartSpec spec = view.build(snapshot, new Params(ctx)).chart(name)
                    .orElseThrow(() -> ClientError.notFound("không có biểu đồ " + name));
            return ResponseCache.entry(spec.render(charts, format), format.contentType());
        });
        if (format == Format.SVG) {
            ctx.header("Content-Security-Policy", SecurityHeaders.SVG_POLICY);
        }
        Responses.send(ctx, entry, Responses.REVALIDATE);
    }
}
