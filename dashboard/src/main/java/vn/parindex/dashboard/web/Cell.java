package vn.parindex.dashboard.web;

/**
 * One table cell: the text shown on the page, the value written to CSV (numbers with a '.' point, like the
 * extracts), and optionally a link and a CSS class.
 */
public record Cell(String shown, String csv, String href, String cssClass) {

    public static Cell text(Object value) {
        String text = value == null ? "" : value.toString();
        return new Cell(text, Formats.csvText(text), null, null);
    }

    public static Cell link(String text, String href) {
        String shown = text == null ? "" : text;
        return new Cell(shown, Formats.csvText(shown), href, null);
    }

    public static Cell number(Number value) {
        return new Cell(Formats.number(value), Formats.csv(value), null, "num");
    }

    public static Cell signed(Number value) {
        String css = value == null ? "num" : value.doubleValue() > 0 ? "num up" : value.doubleValue() < 0 ? "num down" : "num";
        return new Cell(Formats.signed(value), Formats.csv(value), null, css);
    }

    public Cell withClass(String css) {
        return new Cell(shown, csv, href, css);
    }
}
