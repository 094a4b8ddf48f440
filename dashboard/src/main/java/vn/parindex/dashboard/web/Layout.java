package vn.parindex.dashboard.web;

/** The HTML document around every page: head, navigation, footer with the snapshot served. */
public final class Layout {
    private Layout() {
    }

    public static String page(Page page, String snapshotId) {
        return document(page.title(), page.body(), snapshotId);
    }

    public static String error(int status, String message) {
        return error(status, message, null);
    }

    /** @param details links offered under the message, or null */
    public static String error(int status, String message, Html details) {
        Html body = new Html();
        body.element("p", message, "class", "error");
        if (details != null) {
            body.append(details);
        }
        body.open("p").link("/", "Về trang chủ").close("p");
        return document(status == 404 ? "Không tìm thấy" : status == 400 ? "Yêu cầu không hợp lệ"
                : "Chưa có dữ liệu", body, null);
    }

    /** A plain GET form (no script): a unit by name, short name or id, in any province. */
    private static Html searchBox() {
        return new Html().open("form", "class", "search", "method", "get", "action", "/search", "role", "search")
                .open("label", "for", "q", "class", "visually-hidden").text("Tìm đơn vị").close("label")
                .open("input", "id", "q", "name", "q", "type", "search", "placeholder", "Tìm đơn vị…",
                        "maxlength", "100")
                .element("button", "Tìm", "type", "submit").close("form");
    }

    private static String document(String title, Html body, String snapshotId) {
        Html out = new Html();
        out.open("html", "lang", "vi").open("head").open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " — PAR INDEX")
                .open("link", "rel", "stylesheet", "href", "/static/app.css")
                .open("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml")
                .close("head").open("body");
        out.open("header").open("nav").link("/", "PAR INDEX", "class", "brand")
                .link("/", "Tỉnh").link("/compare", "So sánh").link("/plan", "Kế hoạch").link("/quality", "Chất lượng dữ liệu")
                .append(searchBox()).close("nav").close("header");
        out.open("main").element("h1", title).append(body).close("main");
        out.open("footer");
        if (snapshotId != null) {
            out.text("Dữ liệu: bản ").link("/quality", snapshotId);
        }
        out.close("footer").close("body").close("html");
        return "<!DOCTYPE html>\n" + out;
    }
}
