package vn.parindex.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.dashboard.Server;

/** Follows every same-origin link and image from /: each answers 200, and no page lets the data's markup through. */
public final class Crawler {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    /** What was reached: every path, and how many of them were HTML pages. */
    public record Result(Set<String> seen, int pages) {
    }

    private Crawler() {
    }

    public static Result crawl(Server server, int limit) throws Exception {
        return crawl(server, "/", limit);
    }

    /** From a given page (a view deep in the site, reached before the limit cuts the crawl short). */
    public static Result crawl(Server server, String start, int limit) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(Set.of(start));
        int pages = 0;
        while (!queue.isEmpty() && seen.size() < limit) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = server.get(path);
            assertEquals(200, response.statusCode(), path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                pages++;
                assertEscaped(path, response.body());
                Matcher links = LINK.matcher(response.body());
                while (links.find()) {
                    queue.add(links.group(1).replace("&amp;", "&"));
                }
            } else {
                assertTrue(type.startsWith("image/") || type.startsWith("text/csv") || type.startsWith("text/css")
                        || type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")
                        || type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml"),
                        path + " is " + type);
            }
        }
        return new Result(seen, pages);
    }

    private static void assertEscaped(String path, String html) {
        assertFalse(html.contains("<script"), path + " has a script element");
        assertFalse(html.contains("<b>") || html.contains("<i>") || html.contains("<img src=x"),
                path + " lets data markup through");
    }
}
