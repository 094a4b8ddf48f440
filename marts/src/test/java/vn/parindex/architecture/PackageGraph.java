package vn.parindex.architecture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which vn.parindex package uses which, from Java sources: every import (static and wildcard ones too) and every
 * fully qualified name in the code, comments and string literals left out, each resolved to the package of the class
 * it names (a nested class to its outer class's package). Classes of one package need no import of each other, so
 * these are all the references between packages. A package split over modules is one package.
 */
final class PackageGraph {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.parindex(?:\\s*\\.\\s*\\w+)+");
    /** Comments, text blocks, string and char literals: what they name is not a use. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\""
                    + "|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    /** package -> the packages it uses -> the files that use them. */
    private final Map<String, Map<String, Set<String>>> uses = new TreeMap<>();

    private PackageGraph() {
    }

    /** The graph of the given sources, by file name. */
    static PackageGraph of(Map<String, String> sources) {
        Map<String, String> classes = new HashMap<>(); // fully qualified name -> package
        Map<String, String> packages = new HashMap<>(); // file -> its package
        sources.forEach((file, source) -> {
            Matcher declared = PACKAGE.matcher(source);
            String pkg = declared.find() ? declared.group(1) : "";
            packages.put(file, pkg);
            String simple = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.java$", "");
            classes.put(pkg.isEmpty() ? simple : pkg + "." + simple, pkg);
        });
        Set<String> known = new TreeSet<>(classes.values());
        PackageGraph graph = new PackageGraph();
        known.forEach(pkg -> graph.uses.put(pkg, new TreeMap<>()));
        sources.forEach((file, source) -> {
            String from = packages.get(file);
            Matcher reference = REFERENCE.matcher(NOT_CODE.matcher(source).replaceAll(" "));
            while (reference.find()) {
                String to = packageOf(reference.group().replaceAll("\\s", ""), classes, known);
                if (to != null && !to.equals(from)) {
                    graph.uses.get(from).computeIfAbsent(to, p -> new TreeSet<>()).add(file);
                }
            }
        });
        return graph;
    }

    /** The package of the longest prefix that is a known class, else the reference itself if it is a package. */
    private static String packageOf(String reference, Map<String, String> classes, Set<String> packages) {
        for (String name = reference; name.contains("."); name = name.substring(0, name.lastIndexOf('.'))) {
            if (classes.containsKey(name)) {
                return classes.get(name);
            }
            if (packages.contains(name)) {
                return name;
            }
        }
        return null;
    }

    int packages() {
        return uses.size();
    }

    /** The packages of each cycle (a strongly connected set of two or more), sorted. */
    List<Set<String>> cycles() {
        return new Components().of(uses);
    }

    /** "a -> b (A.java, B.java)" for each use between two packages of the cycle. */
    List<String> edges(Set<String> cycle) {
        List<String> edges = new ArrayList<>();
        for (String from : cycle) {
            uses.get(from).forEach((to, files) -> {
                if (cycle.contains(to)) {
                    edges.add(from + " -> " + to + " " + files);
                }
            });
        }
        return edges;
    }

    /** Tarjan's strongly connected components. */
    private static final class Components {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new java.util.HashSet<>();
        private final List<Set<String>> found = new ArrayList<>();
        private Map<String, Map<String, Set<String>>> uses;

        List<Set<String>> of(Map<String, Map<String, Set<String>>> graph) {
            this.uses = graph;
            for (String pkg : graph.keySet()) {
                if (!index.containsKey(pkg)) {
                    visit(pkg);
                }
            }
            return found;
        }

        private void visit(String pkg) {
            index.put(pkg, index.size());
            low.put(pkg, index.get(pkg));
            stack.add(pkg);
            onStack.add(pkg);
            for (String next : uses.get(pkg).keySet()) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(pkg, Math.min(low.get(pkg), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(pkg, Math.min(low.get(pkg), index.get(next)));
                }
            }
            if (low.get(pkg).equals(index.get(pkg))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(pkg));
                if (component.size() > 1) {
                    found.add(component);
                }
            }
        }
    }
}
