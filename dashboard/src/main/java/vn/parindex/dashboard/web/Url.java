package vn.parindex.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds same-origin links: path segments and query values are percent-encoded. */
public final class Url {
    private final List<String> segments;
    private final StringBuilder query = new StringBuilder();

    private Url(List<String> segments) {
        this.segments = segments;
    }

    /** @param segments path segments, each encoded, e.g. of("unit", unitId) is /unit/&lt;id&gt; */
    public static Url of(String... segments) {
        return new Url(List.of(segments));
    }

    /** Leaves the parameter out when the value is null. */
    public Url param(String name, Object value) {
        if (value != null) {
            query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(encode(value.toString()));
        }
        return this;
    }

    /** The same query on /prefix/&lt;this path&gt;/last, e.g. a page's chart or CSV address. */
    public Url nested(String prefix, String last) {
        List<String> nested = new ArrayList<>();
        nested.add(prefix);
        nested.addAll(segments);
        nested.add(last);
        Url url = new Url(List.copyOf(nested));
        url.query.append(query);
        return url;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append('/').append(encode(s)));
        return (out.length() == 0 ? "/" : out.toString()) + query;
    }
}
