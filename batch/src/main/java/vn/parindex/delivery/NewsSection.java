package vn.parindex.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a mail as blocks — lines, tables and links — that render to the plain-text part and to the HTML part
 * alike, so both say the same. The HTML escapes every text and address it holds.
 */
final class NewsSection {
    private interface Block {
    }

    private record Line(String text) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    private record Link(String label, String url) implements Block {
    }

    /** Cells longer than this make a table print as a list in plain text (a task's text does not fit a column). */
    private static final int COLUMN_LIMIT = 40;

    private final String heading;
    private final List<Block> blocks = new ArrayList<>();

    NewsSection(String heading) {
        this.heading = heading;
    }

    String heading() {
        return heading;
    }

    NewsSection line(String text) {
        blocks.add(new Line(text));
        return this;
    }

    NewsSection table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    /** A link, when there is an address (no public address configured: no link). */
    NewsSection link(String label, String url) {
        if (url != null) {
            blocks.add(new Link(label, url));
        }
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder(heading).append('\n').append("=".repeat(Math.min(heading.length(), 72)))
                .append('\n');
        for (Block block : blocks) {
            if (block instanceof Line line) {
                out.append(line.text()).append('\n');
            } else if (block instanceof Link link) {
                out.append(link.label()).append(": ").append(link.url()).append('\n');
            } else if (block instanceof Table table) {
                textTable(out, table);
            }
        }
        return out.toString();
    }

    private static void textTable(StringBuilder out, Table table) {
        boolean narrow = table.rows().stream().flatMap(List::stream).allMatch(cell -> length(cell) <= COLUMN_LIMIT);
        if (!narrow) { // one entry per row: the first cell, then the others named by their header
            int number = 0;
            for (List<String> row : table.rows()) {
                out.append(++number).append(". ").append(row.get(0)).append('\n');
                List<String> rest = new ArrayList<>();
                for (int i = 1; i < row.size(); i++) {
                    rest.add(table.header().get(i) + ": " + row.get(i));
                }
                out.append("   ").append(String.join(" · ", rest)).append('\n');
            }
            return;
        }
        int[] widths = new int[table.header().size()];
        for (List<String> row : concat(table)) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], length(row.get(i)));
            }
        }
        for (List<String> row : concat(table)) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - length(row.get(i)) + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static List<List<String>> concat(Table table) {
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        return all;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    String html() {
        StringBuilder out = new StringBuilder("<h2 style=\"font-size:16px;margin:20px 0 8px\">")
                .append(escape(heading)).append("</h2>\n");
        for (Block block : blocks) {
            if (block instanceof Line line) {
                out.append("<p style=\"margin:4px 0\">").append(escape(line.text())).append("</p>\n");
            } else if (block instanceof Link link) {
                out.append("<p style=\"margin:4px 0\"><a href=\"").append(escape(link.url())).append("\">")
                        .append(escape(link.label())).append("</a></p>\n");
            } else if (block instanceof Table table) {
                htmlTable(out, table);
            }
        }
        return out.toString();
    }

    private static void htmlTable(StringBuilder out, Table table) {
        String cell = "style=\"border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top\"";
        out.append("<table style=\"border-collapse:collapse;margin:6px 0\"><tr>");
        table.header().forEach(h -> out.append("<th ").append(cell).append('>').append(escape(h)).append("</th>"));
        out.append("</tr>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td ").append(cell).append('>').append(escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    /** Text for HTML content and quoted attributes: nothing from the data is markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < ' ' && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
