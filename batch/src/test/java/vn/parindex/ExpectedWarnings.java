package vn.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.quality.Issue;

/**
 * The warnings data/README.md says the product gives on the bundled data: its table under "## Warnings the product
 * raises on this data", one row per rule and file, with the commands that report it and the file's line numbers.
 */
public final class ExpectedWarnings {
    private static final String HEADING = "## Warnings the product raises on this data";
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");

    /** One expected warning: "rule file:line", as {@link #of(Issue)} writes an issue. */
    public static String of(String rule, String file, int line) {
        return rule + " " + file + ":" + line;
    }

    public static String of(Issue issue) {
        return of(issue.rule(), issue.file(), issue.line());
    }

    private ExpectedWarnings() {
    }

    /** The bundled data folder, seen from a module folder. */
    public static Path bundledData() {
        return Path.of("..", "data").toAbsolutePath().normalize();
    }

    /** The expected warnings of {@code command} ("validate" or "run"), sorted. */
    public static List<String> forCommand(String command) {
        Path readme = bundledData().resolve("README.md");
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(HEADING)) {
            at++;
        }
        while (at < lines.size() && !lines.get(at).startsWith("|")) {
            at++;
        }
        if (at >= lines.size()) {
            throw new IllegalStateException(readme + ": no table under '" + HEADING + "'");
        }
        List<String> header = cells(lines.get(at));
        int commands = column(header, "reported by", readme);
        int rule = column(header, "rule", readme);
        int file = column(header, "file", readme);
        int numbers = column(header, "lines", readme);
        List<String> expected = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            boolean reported = Arrays.stream(row.get(commands).split(",")).map(String::strip).anyMatch(command::equals);
            if (reported) {
                lineNumbers(row.get(numbers)).forEach(n -> expected.add(of(row.get(rule), row.get(file), n)));
            }
        }
        return expected.stream().sorted().toList();
    }

    private static int column(List<String> header, String name, Path readme) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(readme + ": the warnings table has no column '" + name + "'");
        }
        return index;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    private static List<Integer> lineNumbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher range = RANGE.matcher(part.strip());
            if (range.matches()) {
                for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
                    numbers.add(n);
                }
            } else {
                numbers.add(Integer.parseInt(part.strip()));
            }
        }
        return numbers;
    }
}
