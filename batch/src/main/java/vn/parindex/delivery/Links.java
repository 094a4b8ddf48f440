package vn.parindex.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard's pages a mail links to, on PARINDEX_PUBLIC_URL (its own address as the subscribers reach it):
 * {@code /unit/<id>?index=&year=}, {@code /ranking?province=&tier=&index=&year=}, {@code /plan/<id>?index=},
 * {@code /plan?province=&index=}. Without a public address (or with one that is not http or https) there are no
 * links: a link to localhost would lead a reader nowhere.
 */
final class Links {
    private final String base;

    Links(String publicUrl) {
        String given = publicUrl == null ? "" : publicUrl.strip();
        boolean usable = (given.startsWith("http://") || given.startsWith("https://")) && given.chars().noneMatch(
                c -> c <= ' ' || c == '"' || c == '<' || c == '>');
        this.base = usable ? given.replaceAll("/+$", "") : null;
    }

    String unit(String unitId, String index, int year) {
        return base == null ? null : base + "/unit/" + segment(unitId) + "?index=" + param(index) + "&year=" + year;
    }

    String ranking(String province, String tier, String index, int year) {
        return base == null ? null : base + "/ranking?province=" + param(province) + "&tier=" + param(tier)
                + "&index=" + param(index) + "&year=" + year;
    }

    String plan(String unitId, String index) {
        return base == null ? null : base + "/plan/" + segment(unitId) + "?index=" + param(index);
    }

    String provincePlan(String province, String index) {
        return base == null ? null : base + "/plan?province=" + param(province) + "&index=" + param(index);
    }

    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A path segment: as a query value, but a space is %20, never '+'. */
    private static String segment(String value) {
        return param(value).replace("+", "%20");
    }
}
