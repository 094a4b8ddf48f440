package vn.parindex.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import vn.parindex.briefings.NightlyBriefings;
import vn.parindex.briefings.SnapshotInfo;
import vn.parindex.marts.SnapshotLayout;

/**
 * Writes a snapshot's nightly Excel briefings into its briefings/ folder: the latest year of each ranking table, read
 * back from the Parquet marts the compute step wrote, one province at a time, so at most one province's rows are held.
 * Unit briefings are not written: the dashboard builds them on demand.
 */
public final class ProvinceBriefings {
    private ProvinceBriefings() {
    }

    /** Writes them and returns the summary line for the log (workbooks, provinces, time, largest province). */
    public static String write(Path snapshot, String snapshotId) throws IOException {
        long started = System.nanoTime();
        Path folder = SnapshotLayout.briefings(snapshot);
        ProvinceMarts marts = new ProvinceMarts(snapshot, new SnapshotInfo(snapshotId, Instant.now()));
        BriefingsSummary summary = new BriefingsSummary();
        for (String province : UnitYearProvinces.of(snapshot)) {
            ProvinceMarts.ProvinceData one = marts.read(province);
            summary.add(province, one.rows(), NightlyBriefings.writeAll(one.data(), folder));
        }
        return summary.line((System.nanoTime() - started) / 1_000_000) + " into " + folder;
    }
}
