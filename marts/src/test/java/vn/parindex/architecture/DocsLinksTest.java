package vn.parindex.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README stays a few screens long and every link of the product's documents (README, docs/, bench/, data/,
 * notebooks/) reaches a file of the checkout and, with a #fragment, a heading of that file, as GitHub numbers them.
 */
class DocsLinksTest {
    /** Issue 22: "a README of at most ~15 KB"; the depth goes to docs/. */
    private static final long README_BYTES = 15 * 1024;
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$", Pattern.MULTILINE);

    @Test
    void theReadmeFitsOnAFewScreensAndLinksToTheDocs() throws IOException {
        Path readme = Repository.root().resolve("README.md");
        long bytes = Files.size(readme);
        assertTrue(bytes <= README_BYTES, "README.md is " + bytes + " bytes, at most " + README_BYTES);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        try (Stream<Path> docs = Files.list(Repository.root().resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                assertTrue(text.contains("](docs/" + doc.getFileName() + ")"),
                        "README.md links to docs/" + doc.getFileName());
            }
        }
    }

    @Test
    void everyRelativeLinkReachesAFileAndItsHeading() throws IOException {
        Path root = Repository.root();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path document : documents(root)) {
            Matcher link = LINK.matcher(Files.readString(document, StandardCharsets.UTF_8));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http(s), mailto: outside the checkout
                }
                links++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(document) + ": " + target + " (no such file)");
                } else if (!fragment.isEmpty() && !anchors(resolved).contains(fragment)) {
                    broken.add(root.relativize(document) + ": " + target + " (no such heading)");
                }
            }
        }
        assertTrue(links > 30, "the documents' links were found: " + links);
        assertEquals(List.of(), broken);
    }

    private static List<Path> documents(Path root) throws IOException {
        List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("bench/README.md"),
                root.resolve("bench/history.md"), root.resolve("data/README.md"), root.resolve("notebooks/README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher heading = HEADING.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        while (heading.find()) {
            anchors.add(heading.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
