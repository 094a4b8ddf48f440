package vn.parindex.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a view builds for one request: its title, its body, and the tables and charts in it, which are
 * also served on their own as CSV (/csv/&lt;page path&gt;/&lt;id&gt;.csv) and PNG/SVG
 * (/charts/&lt;page path&gt;/&lt;name&gt;.png|svg) with the page's query.
 */
public final class Page {
    private final String title;
    private final Url self;
    private final Html body = new Html();
    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final Map<String, ChartSpec> charts = new LinkedHashMap<>();

    public Page(String title, Url self) {
        this.title = title;
        this.self = self;
    }

    public String title() {
        return title;
    }

    public Html body() {
        return body;
    }

    public Page heading(String text) {
        body.element("h2", text);
        return this;
    }

    public Page note(String text) {
        body.element("p", text, "class", "note");
        return this;
    }

    /** Shows the table with a CSV download link (or a note when it has no rows). */
    public Page table(DataTable table) {
        tables.put(table.id(), table);
        body.open("section", "class", "table");
        body.open("div", "class", "table-head").element("h3", table.caption())
                .link(self.nested("csv", table.id() + ".csv").toString(), "Tải CSV", "class", "download")
                .close("div");
        if (table.isEmpty()) {
            body.element("p", "Không có dữ liệu.", "class", "empty");
        } else {
            TableHtml.write(body, table);
        }
        body.close("section");
        return this;
    }

    /** Shows the chart as a PNG image with links to its PNG and SVG files. */
    public Page chart(String name, String description, ChartSpec spec) {
        charts.put(name, spec);
        String png = self.nested("charts", name + ".png").toString();
        body.open("figure", "class", "chart").open("img", "src", png, "alt", description, "loading", "lazy")
                .open("figcaption").text(description).text(" — ")
                .link(png, "PNG").text(" · ").link(self.nested("charts", name + ".svg").toString(), "SVG")
                .close("figcaption").close("figure");
        return this;
    }

    /** A download button for a file made from this page's data (an Excel briefing). */
    public Page download(String href, String label) {
        body.open("p", "class", "downloads").link(href, label, "class", "download button").close("p");
        return this;
    }

    public Optional<DataTable> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    public Optional<ChartSpec> chart(String name) {
        return Optional.ofNullable(charts.get(name));
    }
}
