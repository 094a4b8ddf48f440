package vn.parindex.dashboard.web;

import vn.parindex.marts.Provenance;

/**
 * One table cell: the text shown on the page, the value written to CSV (numbers with a '.' point, like the
 * extracts), and optionally a link, a CSS class, a tooltip, and the provenance and source of the figure (a figure
 * that is not published is labelled where it is shown).
 */
public record Cell(String shown, String csv, String href, String cssClass, String title, String provenance,
                   String source) {

    public Cell(String shown, String csv, String href, String cssClass) {
        this(shown, csv, href, cssClass, null, null, null);
    }

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

    /** The provenance of a row as its own column: the label (blank when published), the code in CSV. */
    public static Cell provenanceOf(String provenance, String source) {
        String code = provenance == null ? Provenance.PUBLISHED.code() : provenance;
        return new Cell("", source == null ? code : code + ": " + Formats.csvText(source), null, "prov-cell", null,
                provenance, source);
    }

    public Cell withClass(String css) {
        return new Cell(shown, csv, href, css, title, provenance, source);
    }

    public Cell withTitle(String tooltip) {
        return new Cell(shown, csv, href, cssClass, tooltip, provenance, source);
    }

    /** The figure marked with where it comes from. */
    public Cell from(String figureProvenance, String figureSource) {
        return new Cell(shown, csv, href, cssClass, title, figureProvenance, figureSource);
    }
}
