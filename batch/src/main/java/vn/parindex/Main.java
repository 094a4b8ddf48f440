package vn.parindex;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import vn.parindex.cli.Options;
import vn.parindex.cli.RunConsole;
import vn.parindex.delivery.SubscriptionsCheck;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.NightlySchedule;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;
import vn.parindex.job.StopSignals;
import vn.parindex.marts.HiddenCharacters;
import vn.parindex.quality.Issue;
import vn.parindex.validation.Validation;

/** The ./parindex commands of contract section 3. */
public final class Main {
    private static final String USAGE = """
            usage: ./parindex <command> [options]
              run       [--input DIR] [--warehouse DIR] [--master URL] [--force] [--as-of yyyy-mm-dd] [--allow-empty]
                        [--subscriptions FILE [--mail-dir DIR]] [--jdbc-url URL --jdbc-user U --jdbc-password P]
              validate  [--input DIR] [PATH...] [--subscriptions FILE]
              schedule  [--cron EXPR] [--input DIR] [--warehouse DIR] [--master URL] [--subscriptions FILE [--mail-dir DIR]]
            exit codes: 0 ok, 1 internal failure, 2 nothing published, 3 published with quarantined files""";

    private Main() {
    }

    /** Only the real process handles signals (tests run commands inside their own JVM). */
    private static boolean handleSignals;

    public static void main(String[] args) {
        handleSignals = true;
        vn.parindex.cli.RunLog.useWarehouseOf(args, home());
        System.exit(exitCode(args, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line and gives its exit code (contract section 3). */
    static int exitCode(String[] args, PrintStream out) {
        int code;
        try {
            code = execute(Options.parse(args), out);
        } catch (IllegalArgumentException e) { // a bad command line runs nothing
            out.println("error: " + e.getMessage());
            out.println(USAGE);
            code = RunOutcome.NOTHING_PUBLISHED;
        } catch (Exception e) { // the stack trace goes to the log; the console gets one line
            org.slf4j.LoggerFactory.getLogger(Main.class).error("command failed", e);
            out.println("internal failure: " + e);
            code = RunOutcome.FAILED;
        }
        return code;
    }

    private static final java.util.Set<String> REPOSITORY = java.util.Set.of("jdbc-url", "jdbc-user", "jdbc-password");
    private static final java.util.Map<String, java.util.Set<String>> KNOWN_OPTIONS = java.util.Map.of(
            "run", with(REPOSITORY, "input", "warehouse", "master", "force", "as-of", "allow-empty", "subscriptions",
                    "mail-dir"),
            "validate", java.util.Set.of("input", "subscriptions"),
            "schedule", with(REPOSITORY, "cron", "input", "warehouse", "master", "allow-empty", "subscriptions",
                    "mail-dir"));

    private static java.util.Set<String> with(java.util.Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return java.util.Set.copyOf(all);
    }

    static int execute(Options options, PrintStream out) throws Exception {
        if (KNOWN_OPTIONS.containsKey(options.command())) {
            options.allow(KNOWN_OPTIONS.get(options.command()), options.command().equals("validate"));
        }
        Path home = home();
        Path input = options.path("input", home.resolve("data"));
        Path warehouse = options.path("warehouse", home.resolve("data").resolve("warehouse"));
        switch (options.command()) {
            case "run" -> {
                RunRequest request = request(options, input, warehouse);
                if (handleSignals) {
                    StopSignals.install(warehouse, out, "parindex", "before the job started", "after the job ended",
                            RunOutcome.FAILED);
                }
                RunOutcome outcome = NightlyRunner.run(request, repository(options, warehouse));
                if (!StopSignals.stopping()) { // else the signal's line is the last word
                    RunConsole.print(outcome, out);
                }
                return outcome.exitCode();
            }
            case "validate" -> {
                if (options.value("subscriptions", null) != null && options.positional().isEmpty()) {
                    long errors = SubscriptionsCheck.print(input, options.path("subscriptions", null),
                            asOf(null).getYear(), out);
                    return errors == 0 ? RunOutcome.OK : RunOutcome.NOTHING_PUBLISHED;
                }
                List<Path> files = options.positional().stream().map(p -> Path.of(p).toAbsolutePath().normalize())
                        .toList();
                Validation.Report report = Validation.report(input, files);
                report.readings().forEach(workbook -> {
                    out.println(workbook.file() + ": read as " + workbook.kind());
                    workbook.description().forEach(line -> out.println("  " + HiddenCharacters.escaped(line)));
                });
                List<Issue> issues = report.issues();
                issues.forEach(issue -> out.println(issue));
                long errors = issues.stream().filter(i -> i.severity() == Issue.Severity.ERROR).count();
                out.println(errors == 0 ? "no errors found" : errors + " error(s) found");
                return errors == 0 ? RunOutcome.OK : RunOutcome.NOTHING_PUBLISHED;
            }
            case "schedule" -> {
                NightlySchedule schedule = new NightlySchedule(options.value("cron", NightlySchedule.DEFAULT_CRON),
                        request(options, input, warehouse), repository(options, warehouse));
                if (handleSignals) {
                    StopSignals.install(warehouse, out, "parindex schedule", "between runs", "between runs",
                            RunOutcome.OK);
                }
                out.println("parindex schedule: nightly runs on '" + options.value("cron", NightlySchedule.DEFAULT_CRON)
                        + "' (" + NightlySchedule.ZONE + ")");
                schedule.loop(0);
                return RunOutcome.OK;
            }
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                return RunOutcome.OK;
            }
            default -> throw new IllegalArgumentException("unknown command '" + options.command() + "'");
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("parindex.home", ".")).toAbsolutePath().normalize();
    }

    private static RunRequest request(Options options, Path input, Path warehouse) {
        return new RunRequest(input, warehouse, options.value("master", "local[*]"), options.flag("force"),
                asOf(options.value("as-of", null)), options.flag("allow-empty"))
                .withDelivery(options.path("subscriptions", null), options.path("mail-dir", null));
    }

    /** The dates a run can be judged on: the years a score file may name (1990–2100), whole. */
    static final java.time.LocalDate EARLIEST_AS_OF = java.time.LocalDate.of(1990, 1, 1);
    static final java.time.LocalDate LATEST_AS_OF = java.time.LocalDate.of(2100, 12, 31);
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * --as-of yyyy-mm-dd, exactly (no sign, no other form), a real date from 1990-01-01 to 2100-12-31; default today
     * in Asia/Ho_Chi_Minh. Anything else is a bad command line: a typo must not start a full run.
     */
    static java.time.LocalDate asOf(String given) {
        if (given == null) {
            return java.time.LocalDate.now(RunRequest.ZONE);
        }
        String text = given.trim();
        IllegalArgumentException notADate = new IllegalArgumentException("--as-of '"
                + HiddenCharacters.escaped(given) + "' is not a date written yyyy-mm-dd");
        if (!ISO_DATE.matcher(text).matches()) {
            throw notADate;
        }
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) { // 2024-02-30
            throw notADate;
        }
        if (date.isBefore(EARLIEST_AS_OF) || date.isAfter(LATEST_AS_OF)) {
            throw new IllegalArgumentException("--as-of " + text + " is outside " + EARLIEST_AS_OF + " … "
                    + LATEST_AS_OF);
        }
        return date;
    }

    private static RepositorySettings repository(Options options, Path warehouse) {
        String url = options.value("jdbc-url", System.getenv("PARINDEX_JDBC_URL"));
        if (url == null || url.isBlank()) {
            return RepositorySettings.h2In(warehouse);
        }
        return new RepositorySettings(url, options.value("jdbc-user", env("PARINDEX_JDBC_USER")),
                options.value("jdbc-password", env("PARINDEX_JDBC_PASSWORD")));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
