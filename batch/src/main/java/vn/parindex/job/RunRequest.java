package vn.parindex.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one nightly run was asked to do; asOf is the date plan task statuses are judged on; allowEmpty lets an input
 * without any score row publish (an empty snapshot would otherwise wipe the dashboard after a failed sync);
 * subscriptions the subscriptions file whose subscribers are mailed after the run (null: none; not part of the
 * input, nor of its fingerprint) and mailDir the folder their mails are written to instead of being sent (null:
 * sent).
 */
public record RunRequest(Path inputDir, Path warehouse, String master, boolean force, LocalDate asOf,
                         boolean allowEmpty, Path subscriptions, Path mailDir) {
    /** The contract's time zone for "today". */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A run as of today in Asia/Ho_Chi_Minh. */
    public RunRequest(Path inputDir, Path warehouse, String master, boolean force) {
        this(inputDir, warehouse, master, force, LocalDate.now(ZONE));
    }

    public RunRequest(Path inputDir, Path warehouse, String master, boolean force, LocalDate asOf) {
        this(inputDir, warehouse, master, force, asOf, false);
    }

    public RunRequest(Path inputDir, Path warehouse, String master, boolean force, LocalDate asOf,
                      boolean allowEmpty) {
        this(inputDir, warehouse, master, force, asOf, allowEmpty, null, null);
    }

    /** The same run on another date (the schedule runs each night as of that night's date). */
    public RunRequest withAsOf(LocalDate date) {
        return new RunRequest(inputDir, warehouse, master, force, date, allowEmpty, subscriptions, mailDir);
    }

    /** The same run, mailing the subscribers of a subscriptions file (or writing their mails to mailDir). */
    public RunRequest withDelivery(Path subscriptionsFile, Path mailFolder) {
        return new RunRequest(inputDir, warehouse, master, force, asOf, allowEmpty, subscriptionsFile, mailFolder);
    }
}
