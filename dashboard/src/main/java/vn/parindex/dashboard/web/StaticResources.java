package vn.parindex.dashboard.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.parindex.marts.TaskStatus;

/**
 * The stylesheet and icon, read once from the classpath and served with an ETag. The task statuses' colours are
 * appended to the stylesheet from {@link TaskStatus}, the one place the workbooks and notebooks take them from too.
 */
public final class StaticResources {
    private StaticResources() {
    }

    public static void install(Javalin app) {
        serve(app, "app.css", concat(read("/static/app.css"), statusStyles()), "text/css; charset=utf-8");
        serve(app, "favicon.svg", read("/static/favicon.svg"), "image/svg+xml");
        ReadOnlyRoutes.get(app, "/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg"));
    }

    /**
     * td.task-overdue { background: #FFC7CE; box-shadow: inset 4px 0 0 #C0392B; } and so on: one rule per status,
     * its pale fill (none for some) and a bar of its strong colour, the one the status's bars have in the charts.
     */
    static String statusStyles() {
        StringBuilder css = new StringBuilder("\n/* task statuses (TaskStatus.fill, TaskStatus.colour) */\n");
        for (TaskStatus status : TaskStatus.values()) {
            css.append("td.task-").append(status.code()).append(" {");
            if (status.fill() != null) {
                css.append(" background: #").append(status.fill()).append(";");
            }
            css.append(" box-shadow: inset 4px 0 0 #").append(status.colour()).append("; }\n");
        }
        return css.toString();
    }

    private static byte[] concat(byte[] stylesheet, String more) {
        byte[] extra = more.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(stylesheet, stylesheet.length + extra.length);
        System.arraycopy(extra, 0, all, stylesheet.length, extra.length);
        return all;
    }

    private static void serve(Javalin app, String name, byte[] content, String contentType) {
        ResponseCache.Entry entry = ResponseCache.entry(content, contentType);
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
