package vn.parindex.briefings;

import vn.parindex.briefings.data.BriefingData;
import vn.parindex.concurrent.FileWorkers;
import vn.parindex.marts.records.TableKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefings a nightly run publishes: the workbook of each ranking table's latest year (the one leaders are
 * briefed on; it compares with the year before). Unit briefings and earlier years are not written at night (at
 * national scale that would be over ten thousand files a night); the dashboard builds any of them on demand and
 * caches it. The nightly step calls this once per province with that province's data;
 * two workers share it, one workbook per task, so at most two workbooks are in memory at once.
 */
public final class NightlyBriefings {
    private static final int WORKERS = 2;

    private NightlyBriefings() {
    }

    /** Writes the ranking tables of {@code data} under {@code briefings} and returns how many files were written. */
    public static int writeAll(BriefingData data, Path briefings) throws IOException {
        List<FileWorkers.Task> tasks = new ArrayList<>();
        for (TableKey table : data.latestRankedTables()) {
            tasks.add(() -> Briefings.writeFile(BriefingFiles.province(briefings, table),
                    out -> Briefings.writeProvince(data, table, out)));
        }
        FileWorkers.runAll(WORKERS, "briefings", tasks);
        return tasks.size();
    }
}
