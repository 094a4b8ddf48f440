package vn.parindex.dashboard.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import vn.parindex.marts.Provenance;

/**
 * How a page marks a figure that is not published (contract 1.3; the words are {@link Provenance}'s): the element
 * carries data-provenance and a visible Vietnamese label, so that a planner can tell a real result from a made-up
 * one; its source is a link (http/https only) or a tooltip.
 */
public final class SourceMarks {
    private SourceMarks() {
    }

    /** The data-provenance attribute value: null (no attribute) for a published figure. */
    public static String attribute(String provenance) {
        return Provenance.orPublished(provenance).published() ? null : provenance;
    }

    /** Writes the visible label of a figure that is not published, with its source; nothing for a published one. */
    public static Html mark(Html out, String provenance, String source) {
        Provenance kind = Provenance.orPublished(provenance);
        if (kind.published()) {
            return out;
        }
        out.text(" ").open("span", "class", "prov prov-" + kind.code(), "title", source).text(kind.label())
                .close("span");
        String link = webLink(source);
        if (link != null) {
            out.text(" ").link(link, "nguồn", "class", "source", "rel", "noopener noreferrer nofollow");
        }
        return out;
    }
    /** The source when it is an http(s) address a browser can follow, else null (it stays a tooltip). */
    static String webLink(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(source.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
