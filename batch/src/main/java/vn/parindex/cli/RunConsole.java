package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.job.RunOutcome;
import vn.parindex.marts.HiddenCharacters;
import vn.parindex.quality.Issue;

/**
 * What `./parindex run` prints: what a person needs, on one screen, not every row of the quality report. Errors are
 * listed in full, by file (each quarantined file named with its count), since each one stops a file from being
 * used; warnings and notes are counted per rule and severity with the first few of each; then where the full list
 * is (the snapshot's quality report, the dashboard's /quality page), and last the run's one-line summary.
 * `./parindex validate` prints every problem instead.
 */
public final class RunConsole {
    /** Warnings and notes shown per rule. */
    static final int EXAMPLES_PER_RULE = 3;
    /** Errors shown per file: all of them in any real case; a flood (a million unknown units) is cut here. */
    static final int ERRORS_PER_FILE = 100;
    /** An example's line is cut here, indentation and location included (the report has it whole); an error never is. */
    static final int EXAMPLE_WIDTH = 150;

    private RunConsole() {
    }

    public static void print(RunOutcome outcome, PrintStream out) {
        List<Issue> problems = outcome.problems();
        printErrors(problems, out);
        printOthers(problems, out);
        if (outcome.qualityReport() != null && !problems.isEmpty()) {
            out.println("full list: " + outcome.qualityReport() + " (" + problems.size() + " rows); on the dashboard: "
                    + "/quality (./parindex serve --warehouse " + warehouseOf(outcome.qualityReport()) + ")");
        } else if (outcome.qualityReport() != null) {
            out.println("quality report (the quarantined files' errors): " + outcome.qualityReport());
        }
        String log = System.getProperty(RunLog.PROPERTY);
        if (log != null) {
            out.println("run log (every step, with timings): " + log);
        }
        out.println(outcome.summary());
    }

    private static void printErrors(List<Issue> problems, PrintStream out) {
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        problems.stream().filter(issue -> issue.severity() == Issue.Severity.ERROR)
                .forEach(issue -> byFile.computeIfAbsent(issue.file(), file -> new ArrayList<>()).add(issue));
        if (byFile.isEmpty()) {
            return;
        }
        long quarantined = byFile.values().stream().filter(RunConsole::isQuarantined).count();
        out.println(count(byFile.values().stream().mapToInt(List::size).sum(), "error") + " in "
                + count(byFile.size(), "file") + (quarantined > 0 ? ", " + quarantined + " quarantined (none of their"
                + " rows used)" : "") + ":");
        byFile.forEach((file, errors) -> {
            out.println("  " + HiddenCharacters.escaped(file) + ": " + count(errors.size(), "error")
                    + (isQuarantined(errors) ? ", quarantined" : ""));
            errors.stream().limit(ERRORS_PER_FILE).forEach(error -> out.println("    " + line(error)));
            if (errors.size() > ERRORS_PER_FILE) {
                out.println("    … and " + (errors.size() - ERRORS_PER_FILE) + " more errors in this file (full list"
                        + " below)");
            }
        });
    }

    private static boolean isQuarantined(List<Issue> errors) {
        return errors.stream().anyMatch(error -> Issue.QUARANTINED.equals(error.action()));
    }

    /** Warnings, then notes; within each, the rules with most rows first. */
    private static void printOthers(List<Issue> problems, PrintStream out) {
        Map<String, List<Issue>> byRule = new LinkedHashMap<>();
        problems.stream().filter(issue -> issue.severity() != Issue.Severity.ERROR)
                .forEach(issue -> byRule.computeIfAbsent(issue.severity().label() + " " + issue.rule(),
                        key -> new ArrayList<>()).add(issue));
        if (byRule.isEmpty()) {
            return;
        }
        long warnings = problems.stream().filter(issue -> issue.severity() == Issue.Severity.WARNING).count();
        long notes = problems.stream().filter(issue -> issue.severity() == Issue.Severity.INFO).count();
        out.println(String.join(" and ", nonZero(count(warnings, "warning"), count(notes, "note")))
                + " (the first " + EXAMPLES_PER_RULE + " of each rule):");
        List<List<Issue>> groups = new ArrayList<>(byRule.values());
        groups.sort(Comparator.comparing((List<Issue> group) -> group.get(0).severity())
                .thenComparing(group -> -group.size()).thenComparing(group -> group.get(0).rule()));
        int width = String.valueOf(groups.stream().mapToInt(List::size).max().orElse(1)).length();
        for (List<Issue> group : groups) {
            Issue first = group.get(0);
            out.println("  " + " ".repeat(width - String.valueOf(group.size()).length()) + group.size() + " × "
                    + first.severity().label() + " " + first.rule());
            group.stream().limit(EXAMPLES_PER_RULE).forEach(issue -> out.println(cut("      " + line(issue))));
            if (group.size() > EXAMPLES_PER_RULE) {
                out.println("      … and " + (group.size() - EXAMPLES_PER_RULE) + " more");
            }
        }
    }

    private static String line(Issue issue) {
        return issue.location() + (issue.severity() == Issue.Severity.ERROR ? " " + issue.rule() : "") + ": "
                + issue.message();
    }

    private static String cut(String line) {
        if (line.length() <= EXAMPLE_WIDTH) {
            return line;
        }
        int end = EXAMPLE_WIDTH - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) { // never half a character
            end--;
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    private static List<String> nonZero(String... counts) {
        return java.util.Arrays.stream(counts).filter(text -> !text.startsWith("0 ")).toList();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** WAREHOUSE/snapshots/ID/extracts/quality_issues.csv → WAREHOUSE. */
    private static Path warehouseOf(Path report) {
        Path warehouse = report;
        for (int i = 0; i < 4 && warehouse.getParent() != null; i++) {
            warehouse = warehouse.getParent();
        }
        return warehouse;
    }
}
