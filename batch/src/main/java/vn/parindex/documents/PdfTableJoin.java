package vn.parindex.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.parindex.grid.Grid;
import vn.parindex.grid.Merge;
import vn.parindex.grid.RowPlace;
import vn.parindex.text.Names;

/**
 * The tables of a PDF's pages as the document's tables: a table that is the first on its page, has the columns of
 * the last table of the page before and no title above it (at most a running header or a page number) continues
 * that table — with or without its header repeated, which the interpreters recognise. Each table's title lines are
 * the page text between the table before it on its first page (or the page top) and its top.
 */
final class PdfTableJoin {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(?:trang|page)?\\s*[-–]?\\s*\\d{1,3}\\s*[-–]?\\s*(?:/\\s*\\d{1,3})?");

    private PdfTableJoin() {
    }

    static List<Grid> grids(List<PageTable> tables, PdfText text) throws IOException {
        List<Grid> grids = new ArrayList<>();
        List<PageTable> current = new ArrayList<>();
        List<String> title = List.of();
        for (int i = 0; i < tables.size(); i++) {
            PageTable table = tables.get(i);
            PageTable previous = i == 0 ? null : tables.get(i - 1);
            boolean firstOnPage = previous == null || previous.page() != table.page();
            List<String> onItsPage = text.lines(table.page(), firstOnPage ? 0 : previous.bottom(), table.top());
            if (!current.isEmpty() && continues(previous, table, onItsPage)) {
                current.add(table);
                continue;
            }
            if (!current.isEmpty()) {
                grids.add(grid(current, title));
            }
            current = new ArrayList<>(List.of(table));
            title = textSince(previous, table, onItsPage, text);
        }
        if (!current.isEmpty()) {
            grids.add(grid(current, title));
        }
        return grids;
    }

    /**
     * The text between the previous table (or the document's start) and this one, over pages: as a Word table's
     * paragraphs above it, it holds the title (and, for a plan, the heading on the first page).
     */
    private static List<String> textSince(PageTable previous, PageTable table, List<String> onItsPage, PdfText text)
            throws IOException {
        if (previous != null && previous.page() == table.page()) {
            return onItsPage;
        }
        List<String> lines = new ArrayList<>();
        int from = previous == null ? 1 : previous.page();
        for (int page = from; page < table.page(); page++) {
            lines.addAll(text.lines(page, previous != null && page == previous.page() ? previous.bottom() : 0,
                    Float.MAX_VALUE));
        }
        lines.addAll(onItsPage);
        return lines;
    }

    /** The last table of a page goes on as the first of the next when the columns match and no title is between. */
    private static boolean continues(PageTable last, PageTable next, List<String> above) {
        long titleLines = above.stream().filter(line -> !PAGE_NUMBER.matcher(Names.clean(line)).matches()).count();
        return next.page() == last.page() + 1 && titleLines <= 1 && last.sameColumns(next);
    }

    private static Grid grid(List<PageTable> parts, List<String> title) {
        List<List<String>> rows = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        List<RowPlace> places = new ArrayList<>();
        for (PageTable part : parts) {
            int offset = rows.size();
            for (int r = 0; r < part.rows().size(); r++) {
                rows.add(part.rows().get(r));
                places.add(new RowPlace(offset + r + 1, "page " + part.page() + ", row " + (r + 1)));
            }
            for (Merge merge : part.merges()) {
                merges.add(new Merge(merge.firstRow() + offset, merge.lastRow() + offset, merge.firstColumn(),
                        merge.lastColumn()));
            }
        }
        int first = parts.get(0).page();
        int last = parts.get(parts.size() - 1).page();
        String name = first == last ? "table on page " + first : "table on pages " + first + "–" + last;
        return new Grid(name, rows, merges, title, places, false);
    }
}
