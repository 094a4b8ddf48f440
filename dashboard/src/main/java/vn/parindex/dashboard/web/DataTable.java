package vn.parindex.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.csv.CsvFormat;

/** A table shown on a page and offered as a CSV download: an id (its file name), caption, headers, rows. */
public final class DataTable {
    private final String id;
    private final String caption;
    private final List<String> headers;
    private final List<List<Cell>> rows = new ArrayList<>();

    public DataTable(String id, String caption, String... headers) {
        this.id = id;
        this.caption = caption;
        this.headers = List.of(headers);
    }

    public DataTable row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    public String id() {
        return id;
    }

    public String caption() {
        return caption;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The product's CSV format (RFC 4180, CRLF), after a UTF-8 BOM so that Excel reads the Vietnamese text right. */
    public String csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        CsvFormat.appendRecord(out, headers);
        for (List<Cell> row : rows) {
            CsvFormat.appendRecord(out, row.stream().map(Cell::csv).toList());
        }
        return out.toString();
    }
}
