package vn.parindex.briefings.internal;

import java.util.Collection;
import java.util.List;

/**
 * Where a figure comes from (contract 1.3), weakest last, with the words a planner reads. A blank provenance is
 * the contract's default, published.
 */
public enum Provenance {
    PUBLISHED(vn.parindex.marts.Provenance.PUBLISHED, "bản công bố", null),
    DERIVED(vn.parindex.marts.Provenance.DERIVED, "số liệu suy ra", "suy ra"),
    THIRD_PARTY(vn.parindex.marts.Provenance.THIRD_PARTY, "số liệu từ nguồn không chính thức", "không chính thức"),
    SYNTHETIC(vn.parindex.marts.Provenance.SYNTHETIC, "số liệu minh họa", "minh họa");

    /** The marts' provenance, whose label the dashboard shows too; the phrase and mark are the workbooks' own. */
    private final vn.parindex.marts.Provenance code;
    private final String phrase;
    private final String mark;

    Provenance(vn.parindex.marts.Provenance code, String phrase, String mark) {
        this.code = code;
        this.phrase = phrase;
        this.mark = mark;
    }

    /**
     * A number format that shows the mark after the number ("87,13 (minh họa)"), for grids of values where a row
     * has no single provenance (a year across several units); the cell stays a number.
     */
    String marked(String format) {
        if (mark == null) {
            return format;
        }
        // one quoted literal: "/80" and " (minh họa)" side by side would read as an escaped quote
        String literal = " (" + mark + ")";
        return format.endsWith("\"") ? format.substring(0, format.length() - 1) + literal + "\""
                : format + "\"" + literal + "\"";
    }

    /** The mart's word; blank or unknown words are read as published, the contract's default. */
    public static Provenance of(String value) {
        return valueOf(vn.parindex.marts.Provenance.orPublished(value).name());
    }

    /** The cell text of the "Nguồn số liệu" column: blank for published figures, so the others stand out. */
    public String label() {
        return this == PUBLISHED ? null : code.label();
    }

    /** How the header names this kind of data ("Dữ liệu: bản công bố và số liệu minh họa"). */
    String phrase() {
        return phrase;
    }

    public Provenance weaker(Provenance other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }

    /** The weakest of the given words (published when there are none). */
    public static Provenance weakest(Collection<String> values) {
        return values.stream().map(Provenance::of).reduce(PUBLISHED, Provenance::weaker);
    }

    /** What each non-published label means, for the note under a sheet's header. */
    static List<String> explanations() {
        return List.of(
                "\"suy ra\": tính từ một số liệu công bố (ví dụ điểm năm trước suy từ mức tăng được công bố)",
                "\"nguồn không chính thức\": từ bộ dữ liệu tổng hợp, không phải văn bản công bố",
                "\"số liệu minh họa\": số liệu tạo ra để minh họa, không phải kết quả thật");
    }
}
