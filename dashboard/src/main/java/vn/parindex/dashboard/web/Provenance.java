package vn.parindex.dashboard.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a figure comes from (contract 1.3): published, derived, third_party or synthetic. Every figure that is not
 * published is marked in the HTML with data-provenance and a visible Vietnamese label, so that a planner can tell a
 * real result from a made-up one; its source is a link (http/https only) or a tooltip.
 */
public final class Provenance {
    public static final String PUBLISHED = vn.parindex.marts.Provenance.PUBLISHED.code();
    /** From strongest to weakest: a figure built from several rows is as weak as its weakest. */
    public static final List<String> ORDER = Arrays.stream(vn.parindex.marts.Provenance.values())
            .map(vn.parindex.marts.Provenance::code).toList();

    private Provenance() {
    }

    /** True for a blank (older snapshot: published is the contract's default) or published figure. */
    public static boolean isPublished(String provenance) {
        return provenance == null || PUBLISHED.equals(provenance);
    }

    /** The data-provenance attribute value: null (no attribute) for a published figure. */
    public static String attribute(String provenance) {
        return isPublished(provenance) ? null : provenance;
    }

    public static String label(String provenance) {
        return provenance == null ? vn.parindex.marts.Provenance.PUBLISHED.label()
                : vn.parindex.marts.Provenance.of(provenance).map(vn.parindex.marts.Provenance::label).orElse(provenance);
    }

    /** The weaker of two provenances (null counts as published). */
    public static String weaker(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(String provenance) {
        return provenance == null ? 0 : Math.max(0, ORDER.indexOf(provenance));
    }

    /** Writes the visible label of a figure that is not published, with its source; nothing for a published one. */
    public static Html mark(Html out, String provenance, String source) {
        if (isPublished(provenance)) {
            return out;
        }
        out.text(" ").open("span", "class", "prov prov-" + provenance, "title", source).text(label(provenance))
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
