package vn.parindex.dashboard.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule ids the batch can write into quality_issues.csv, read from its sources (the dashboard does not depend on
 * the batch): every call that makes an issue or a problem that becomes one, with the position of its rule argument.
 * A rule given as a literal (or a ternary of literals, or a constant of the same file) is found; one passed on from a
 * variable is found where the variable was made. Each with the severity it is written with.
 */
final class BatchRules {
    /** Where the rules are made: the batch, and the CSV reader of the marts module (unterminated_quote, …). */
    static final List<Path> SOURCES = List.of(Path.of("..", "batch", "src", "main", "java"),
            Path.of("..", "marts", "src", "main", "java", "vn", "parindex", "csv"));

    enum Severity { ERROR, WARNING, INFO }

    /** A call that carries a rule: how it is written, how many arguments it has (-1: any), which ones are rules. */
    private record Call(Pattern start, int arguments, List<Integer> rulePositions, Severity severity) {
        static Call of(String regex, int arguments, Severity severity, Integer... positions) {
            return new Call(Pattern.compile(regex), arguments, List.of(positions), severity);
        }
    }

    private static final List<Call> CALLS = List.of(
            Call.of("\\bIssue\\.error\\(", 5, Severity.ERROR, 3),
            Call.of("\\bIssue\\.warning\\(", 5, Severity.WARNING, 3),
            Call.of("\\bIssue\\.noRows\\(", 3, Severity.WARNING, 1),
            Call.of("\\bnew Issue\\(\\s*Issue\\.Severity\\.ERROR", 7, Severity.ERROR, 4),
            Call.of("\\bnew Issue\\(\\s*Issue\\.Severity\\.WARNING", 7, Severity.WARNING, 4),
            Call.of("\\bnew Issue\\(\\s*Issue\\.Severity\\.INFO", 7, Severity.INFO, 4),
            Call.of("\\bnew ReadProblem\\(", -1, Severity.ERROR, 0),
            Call.of("\\bnew InputFileException\\(", -1, Severity.ERROR, 0),
            Call.of("\\bResolution\\.failure\\(", 2, Severity.ERROR, 0),
            Call.of("\\bnew OfficePackage\\(", 6, Severity.ERROR, 1, 3, 4),
            // the files' own helpers: error(column, rule, message), problem(line, rule, message),
            // issue(file, line, column, rule, message), issues.add(file, line, column, rule, message)
            Call.of("(?<![\\w.])error\\(", 3, Severity.ERROR, 1),
            Call.of("(?<![\\w.])problem\\(", 3, Severity.ERROR, 1),
            Call.of("(?<![\\w.])issue\\(", 5, Severity.ERROR, 3),
            Call.of("\\bissues\\.add\\(", 5, Severity.ERROR, 3));
    private static final Pattern RULE = Pattern.compile("\"([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\"");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private BatchRules() {
    }

    /** Every rule id with the severities it is written with. */
    static Map<String, List<Severity>> all() {
        Map<String, List<Severity>> rules = new TreeMap<>();
        for (Path root : SOURCES) {
            for (Path file : javaFiles(root)) {
                String source = read(file);
                for (Call call : CALLS) {
                    Matcher start = call.start().matcher(source);
                    while (start.find()) {
                        int open = source.indexOf('(', start.start());
                        List<String> arguments = arguments(source, open);
                        if (call.arguments() >= 0 && arguments.size() != call.arguments()) {
                            continue;
                        }
                        for (int position : call.rulePositions()) {
                            if (position < arguments.size()) {
                                rulesIn(arguments.get(position).strip(), source).forEach(rule -> rules
                                        .computeIfAbsent(rule, r -> new ArrayList<>()).add(call.severity()));
                            }
                        }
                    }
                }
            }
        }
        return rules;
    }

    /** The literals of an argument ("a", c ? "a" : "b"), or the value of a constant of the file. */
    private static List<String> rulesIn(String argument, String source) {
        if (CONSTANT.matcher(argument).matches()) {
            return constantValue(source, argument).stream().toList();
        }
        List<String> found = new ArrayList<>();
        Matcher literal = RULE.matcher(argument);
        while (literal.find()) {
            found.add(literal.group(1));
        }
        // a rule argument is rule literals alone, or chosen by a ternary; a message has other text and '+'
        String rest = RULE.matcher(argument).replaceAll("");
        return rest.contains("\"") || rest.contains("+") ? List.of() : found;
    }

    /** The top-level arguments of the call whose '(' is at {@code open}: commas inside strings or brackets skipped. */
    static List<String> arguments(String source, int open) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, Math.min(end + 1, source.length()));
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank() || !arguments.isEmpty()) {
                        arguments.add(current.toString());
                    }
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    /** Every action an issue can carry: Issue's constants and the actions given with withAction(CONSTANT). */
    static List<String> actions() {
        List<String> actions = new ArrayList<>();
        Matcher declared = Pattern.compile("public static final String [A-Z_]+\\s*=\\s*\"([^\"]*)\"")
                .matcher(read(SOURCES.get(0).resolve("vn/parindex/quality/Issue.java")));
        while (declared.find()) {
            actions.add(declared.group(1));
        }
        for (Path file : javaFiles(SOURCES.get(0))) {
            String source = read(file);
            Matcher with = Pattern.compile("\\.withAction\\(\\s*([A-Z][A-Z0-9_]*)\\s*\\)").matcher(source);
            while (with.find()) {
                constantValue(source, with.group(1)).ifPresent(actions::add);
            }
        }
        return actions;
    }

    /** The value of a string constant the file declares. */
    private static Optional<String> constantValue(String source, String constant) {
        Matcher value = Pattern.compile("static final String " + constant + "\\s*=\\s*\"([^\"]*)\"").matcher(source);
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the batch's sources are not beside the dashboard: " + root, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
