package vn.parindex.dashboard.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stylesheet and icon, read once from the classpath and served with an ETag. */
public final class StaticResources {
    private StaticResources() {
    }

    public static void install(Javalin app) {
        serve(app, "app.css", "text/css; charset=utf-8");
        serve(app, "favicon.svg", "image/svg+xml");
        ReadOnlyRoutes.get(app, "/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));
    }

    private static void serve(Javalin app, String name, String contentType) {
        ResponseCache.Entry entry = ResponseCache.entry(read("/static/" + name), contentType);
        ReadOnlyRoutes.get(app, "/static/" + name, ctx -> Responses.send(ctx, entry, "public, max-age=3600"));
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
