package vn.parindex.dashboard.web;

import vn.parindex.marts.HiddenCharacters;

/**
 * A small HTML writer that escapes every text and attribute value it is given; markup only comes from the
 * tag and attribute names written in code, so data (unit names, plan texts) can never become markup.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Opens a tag; attributes come in name, value pairs and a null value leaves the attribute out. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public Html text(Object value) {
        out.append(escape(value == null ? "" : value.toString()));
        return this;
    }

    /** A whole element holding text: {@code <tag attrs>text</tag>}. */
    public Html element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public Html link(String href, Object text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /** Appends a fragment that was itself built by an Html writer (and so is already escaped). */
    public Html append(Html fragment) {
        out.append(fragment.out);
        return this;
    }

    /**
     * The text as HTML: markup characters as entities, and bidi controls dropped (the one rule of every displayed
     * text, {@link HiddenCharacters#withoutBidiControls}), so a right-to-left override in a name cannot reorder the
     * page around it.
     */
    public static String escape(String raw) {
        String text = HiddenCharacters.withoutBidiControls(raw);
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
