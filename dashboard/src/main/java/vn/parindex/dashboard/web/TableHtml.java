package vn.parindex.dashboard.web;

import vn.parindex.marts.Provenance;
import java.util.List;

/** Writes a {@link DataTable} as an HTML table; a row holding a figure that is not published carries its mark. */
final class TableHtml {
    private TableHtml() {
    }

    static void write(Html out, DataTable table) {
        out.open("div", "class", "scroll").open("table");
        out.open("thead").open("tr");
        table.headers().forEach(h -> out.element("th", h, "scope", "col"));
        out.close("tr").close("thead").open("tbody");
        for (List<Cell> row : table.rows()) {
            String weakest = null;
            for (Cell cell : row) {
                weakest = Provenance.weakerCode(weakest, cell.provenance());
            }
            out.open("tr", "data-provenance", SourceMarks.attribute(weakest));
            for (Cell cell : row) {
                out.open("td", "class", cell.cssClass(), "title", cell.title(),
                        "data-provenance", SourceMarks.attribute(cell.provenance()));
                if (cell.href() != null) {
                    out.link(cell.href(), cell.shown());
                } else {
                    out.text(cell.shown());
                }
                SourceMarks.mark(out, cell.provenance(), cell.source());
                out.close("td");
            }
            out.close("tr");
        }
        out.close("tbody").close("table").close("div");
    }
}
