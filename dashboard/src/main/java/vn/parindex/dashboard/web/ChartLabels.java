package vn.parindex.dashboard.web;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import java.util.Collection;
import java.util.TreeSet;
import vn.parindex.marts.MartRow;

/**
 * Marks in charts for figures that are not published: a short tag after a point's or series' label, and a line
 * under the title saying what the tags mean, so that a chart saved alone still tells real from made-up.
 */
public final class ChartLabels {
    private ChartLabels() {
    }

    /** " [minh họa]", " [suy ra]", " [không chính thức]"; "" for a published figure. */
    public static String tag(String provenance) {
        return Provenance.orPublished(provenance).tag();
    }

    /** The title, and under it what the tags of the rows' provenances mean (nothing when all are published). */
    public static String titled(String title, Collection<MartRow> rows) {
        return titledBy(title, rows.stream().map(r -> r.get(Columns.PROVENANCE)).toList());
    }

    /** The same for figures whose provenance is not a row's own (a change on last year: the weaker of the two). */
    public static String titledBy(String title, Collection<String> provenances) {
        TreeSet<Provenance> kinds = new TreeSet<>();
        provenances.forEach(p -> kinds.add(Provenance.orPublished(p)));
        kinds.remove(Provenance.PUBLISHED);
        if (kinds.isEmpty()) {
            return title;
        }
        StringBuilder note = new StringBuilder(title).append("\n");
        for (Provenance kind : kinds) {
            note.append(note.charAt(note.length() - 1) == '\n' ? "" : "; ").append(kind.tag().strip())
                    .append(" = ").append(kind.label());
        }
        return note.append(" (không phải kết quả công bố)").toString();
    }
}
