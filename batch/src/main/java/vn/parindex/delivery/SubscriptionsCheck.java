package vn.parindex.delivery;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataException;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * {@code ./parindex validate --subscriptions FILE}: the subscriptions file checked against the input's reference data
 * as the nightly delivery reads it, every problem printed (file, line, column, rule, message), then who would be
 * served.
 */
public final class SubscriptionsCheck {
    private SubscriptionsCheck() {
    }

    /** Prints the problems and a summary; returns how many errors were found (invalid reference data counts). */
    public static long print(Path input, Path file, int year, PrintStream out) throws Exception {
        ReferenceData reference;
        try {
            reference = ReferenceDataLoader.load(input);
        } catch (ReferenceDataException e) {
            e.issues().forEach(out::println);
            out.println("invalid reference data in " + input + ": the subscriptions cannot be checked");
            return Math.max(1, e.issues().size());
        }
        SubscriptionsFile.Read read = SubscriptionsFile.read(file, reference.units(), year);
        read.issues().forEach(out::println);
        long errors = read.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).count();
        long rows = read.issues().stream().filter(i -> i.line() > 0).map(Issue::line).distinct().count();
        int subscriptions = read.subscribers().stream().mapToInt(s -> s.subscriptions().size()).sum();
        out.println(file + ": " + read.subscribers().size() + " addresses served (" + subscriptions
                + " subscriptions)" + (rows > 0 ? ", " + rows + " rows skipped" : ""));
        out.println(errors == 0 ? "no errors found" : errors + " error(s) found");
        return errors;
    }
}
