package vn.parindex.dashboard.web;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import vn.parindex.dashboard.snapshot.Row;

/**
 * Marks in charts for figures that are not published: a short tag after a point's or series' label, and a line
 * under the title saying what the tags mean, so that a chart saved alone still tells real from made-up.
 */
public final class ChartLabels {
    private ChartLabels() {
    }

    /** " [minh họa]", " [suy ra]", " [không chính thức]"; "" for a published figure. */
    public static String tag(String provenance) {
        if (Provenance.isPublished(provenance)) {
            return "";
        }
        return switch (provenance) {
            case "synthetic" -> " [minh họa]";
            case "derived" -> " [suy ra]";
            case "third_party" -> " [không chính thức]";
            default -> " [" + provenance + "]";
        };
    }

    /** The title, and under it what the tags of the rows' provenances mean (nothing when all are published). */
    public static String titled(String title, Collection<Row> rows) {
        TreeSet<Integer> kinds = new TreeSet<>();
        rows.stream().map(r -> r.str("provenance")).filter(Objects::nonNull).filter(p -> !Provenance.isPublished(p))
                .forEach(p -> kinds.add(Provenance.ORDER.indexOf(p)));
        if (kinds.isEmpty()) {
            return title;
        }
        StringBuilder note = new StringBuilder(title).append("\n");
        for (int kind : kinds) {
            String provenance = kind < 0 ? "?" : Provenance.ORDER.get(kind);
            note.append(note.charAt(note.length() - 1) == '\n' ? "" : "; ").append(tag(provenance).strip())
                    .append(" = ").append(Provenance.label(provenance));
        }
        return note.append(" (không phải kết quả công bố)").toString();
    }
}
