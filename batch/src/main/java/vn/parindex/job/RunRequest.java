package vn.parindex.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** What one nightly run was asked to do; asOf is the date plan task statuses are judged on. */
public record RunRequest(Path inputDir, Path warehouse, String master, boolean force, LocalDate asOf) {
    /** The contract's time zone for "today". */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A run as of today in Asia/Ho_Chi_Minh. */
    public RunRequest(Path inputDir, Path warehouse, String master, boolean force) {
        this(inputDir, warehouse, master, force, LocalDate.now(ZONE));
    }

    /** The same run on another date (the schedule runs each night as of that night's date). */
    public RunRequest withAsOf(LocalDate date) {
        return new RunRequest(inputDir, warehouse, master, force, date);
    }
}
