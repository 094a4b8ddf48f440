package vn.parindex.dashboard.web;

import java.util.List;

/** Writes a {@link DataTable} as an HTML table. */
final class TableHtml {
    private TableHtml() {
    }

    static void write(Html out, DataTable table) {
        out.open("div", "class", "scroll").open("table");
        out.open("thead").open("tr");
        table.headers().forEach(h -> out.element("th", h, "scope", "col"));
        out.close("tr").close("thead").open("tbody");
        for (List<Cell> row : table.rows()) {
            out.open("tr");
            for (Cell cell : row) {
                out.open("td", "class", cell.cssClass());
                if (cell.href() != null) {
                    out.link(cell.href(), cell.shown());
                } else {
                    out.text(cell.shown());
                }
                out.close("td");
            }
            out.close("tr");
        }
        out.close("tbody").close("table").close("div");
    }
}
