package vn.parindex.dashboard.web;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Registers a handler for GET and for HEAD (Javalin does not answer HEAD from GET routes itself). */
public final class ReadOnlyRoutes {
    private ReadOnlyRoutes() {
    }

    public static void get(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.addHttpHandler(HandlerType.HEAD, path, handler);
    }
}
