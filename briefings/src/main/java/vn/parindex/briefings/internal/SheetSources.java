package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The provenance of the figures one sheet shows. Rows get a "Nguồn số liệu" cell that marks the figures not taken
 * from a published result; once the sheet is written, its second row says what kinds of data it holds (never
 * "bản công bố" alone when some are not), and a note under it explains the marks and names the sources.
 */
final class SheetSources {
    static final int HEADER_LINE_ROW = 1;
    static final int NOTE_ROW = 2;
    private static final int SOURCES_IN_NOTE = 3;

    private final Set<Provenance> kinds = EnumSet.noneOf(Provenance.class);
    private final Set<String> sources = new LinkedHashSet<>();

    /** Records a figure the sheet shows without a cell of its own for the mark (a chart, a headline). */
    Provenance shown(String provenance, String source) {
        return shown(Provenance.orPublished(provenance), source);
    }

    Provenance shown(Provenance kind, String source) {
        kinds.add(kind);
        if (kind != Provenance.PUBLISHED && source != null && !source.isBlank()) {
            sources.add(source.strip());
        }
        return kind;
    }

    /** Writes the row's "Nguồn số liệu" cell: the mark and the source of a non-published figure, else nothing. */
    void cell(SafeCells cells, int row, int column, String provenance, String source) {
        cell(cells, row, column, Provenance.orPublished(provenance), source);
    }

    void cell(SafeCells cells, int row, int column, Provenance provenance, String source) {
        Provenance kind = shown(provenance, source);
        if (kind != Provenance.PUBLISHED) {
            boolean hasSource = source != null && !source.isBlank();
            cells.flagged(row, column, kind.label() + (hasSource ? " — " + source.strip() : ""));
        }
    }

    /**
     * A number format that shows the mark after the number ("87,13 (minh họa)"), for grids of values where a row has
     * no single provenance (a year across several units); the cell stays a number.
     */
    static String marked(String format, Provenance provenance) {
        if (provenance.mark() == null) {
            return format;
        }
        // one quoted literal: "/80" and " (minh họa)" side by side would read as an escaped quote
        String literal = " (" + provenance.mark() + ")";
        return format.endsWith("\"") ? format.substring(0, format.length() - 1) + literal + "\""
                : format + "\"" + literal + "\"";
    }

    boolean allPublished() {
        return kinds.stream().allMatch(kind -> kind == Provenance.PUBLISHED);
    }

    /**
     * Writes the header line ("Khối …, Dữ liệu: bản công bố và số liệu minh họa · Bản dữ liệu …") and, where some
     * figure is not published, the note. Call after the columns are fitted: the note wraps across them.
     */
    void finish(SafeCells cells, String context, String snapshotId, int lastColumn) {
        cells.title(HEADER_LINE_ROW, Labels.source(context, mix(), snapshotId), false);
        if (!allPublished()) {
            cells.note(NOTE_ROW, lastColumn, note());
        }
    }

    /** "bản công bố và số liệu minh họa"; null when the sheet shows no figure. */
    String mix() {
        List<String> phrases = kinds.stream().map(Provenance::phrase).toList();
        if (phrases.isEmpty()) {
            return null;
        }
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " và " + phrases.get(phrases.size() - 1);
    }

    private String note() {
        List<String> parts = new ArrayList<>();
        List<String> explained = Provenance.explanations();
        for (Provenance kind : kinds) {
            if (kind != Provenance.PUBLISHED) {
                parts.add(explained.get(kind.ordinal() - 1));
            }
        }
        StringBuilder note = new StringBuilder("Cột \"" + Labels.PROVENANCE + "\" đánh dấu số liệu không phải bản "
                + "công bố: " + String.join("; ", parts) + ".");
        if (!sources.isEmpty()) {
            List<String> listed = sources.stream().limit(SOURCES_IN_NOTE).toList();
            note.append(" Nguồn: ").append(String.join("; ", listed));
            if (sources.size() > listed.size()) {
                note.append(" và ").append(sources.size() - listed.size()).append(" nguồn khác (xem cột \"")
                        .append(Labels.PROVENANCE).append("\")");
            }
            note.append('.');
        }
        return note.toString();
    }
}
