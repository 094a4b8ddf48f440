package vn.parindex.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the product use each other, directly or round a loop: over the main sources of every module the
 * parent pom lists. It lives in marts because every module's build (-am) builds and tests marts first, so a cycle
 * made in any module fails whichever module's suite is run.
 */
class NoPackageCycleTest {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void noPackageOfAnyModuleIsPartOfACycle() throws IOException {
        Path root = repository();
        List<String> modules = modules(root);
        Map<String, String> sources = new TreeMap<>();
        for (String module : modules) {
            Path main = root.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(main), module + " has main sources");
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(
                        root.relativize(f).toString().replace('\\', '/'), read(f)));
            }
        }
        PackageGraph graph = PackageGraph.of(sources);
        assertTrue(graph.packages() > 20, "the scan found the product's packages: " + graph.packages());

        List<String> cycles = new ArrayList<>();
        for (Set<String> cycle : graph.cycles()) {
            cycles.add(cycle + ": " + String.join("; ", graph.edges(cycle)));
        }
        assertEquals(List.of(), cycles, "package cycles (move the shared piece to where both can use it)");
    }

    @Test
    void aCycleThroughImportsQualifiedNamesAndNestedClassesIsFoundAndCommentsAndTextAreNot() {
        Map<String, String> sources = Map.of(
                "a/A.java", "package vn.parindex.a;\nimport vn.parindex.b.B.Inner;\nclass A {}\n",
                "b/B.java", "package vn.parindex.b;\nclass B { class Inner {} Object c = new vn.parindex.c.C(); }\n",
                "c/C.java", "package vn.parindex.c;\nimport static vn.parindex.a.A.run;\nclass C {}\n",
                "d/D.java", "package vn.parindex.d;\n// uses vn.parindex.a.A\n/* vn.parindex.b.B */\n"
                        + "class D { String s = \"vn.parindex.c.C\"; char q = '\"'; }\n",
                "e/E.java", "package vn.parindex.e;\nimport vn.parindex.d.*;\nclass E {}\n");

        PackageGraph graph = PackageGraph.of(sources);

        assertEquals(List.of(Set.of("vn.parindex.a", "vn.parindex.b", "vn.parindex.c")), graph.cycles());
        assertEquals(List.of("vn.parindex.a -> vn.parindex.b [a/A.java]", "vn.parindex.b -> vn.parindex.c [b/B.java]",
                "vn.parindex.c -> vn.parindex.a [c/C.java]"), graph.edges(graph.cycles().get(0)));
        assertEquals(List.of(), PackageGraph.of(Map.of("d/D.java", sources.get("d/D.java"),
                "a/A.java", "package vn.parindex.a;\nimport vn.parindex.d.D;\nclass A {}\n")).cycles(),
                "what comments and strings name is not a use");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules of the parent pom. */
    private static List<String> modules(Path root) throws IOException {
        Matcher module = MODULE.matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1).trim());
        }
        assertTrue(modules.contains("marts") && modules.size() >= 4, "modules: " + modules);
        return modules;
    }

    /** The repository root: the folder above the tests' working folder whose pom lists this module. */
    private static Path repository() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom)
                    && Files.readString(pom, StandardCharsets.UTF_8).contains("<module>marts</module>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no parent pom above " + Path.of("").toAbsolutePath());
    }
}
