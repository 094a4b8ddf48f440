package vn.parindex.plans;

import java.util.List;
import vn.parindex.quality.Issue;
import vn.parindex.read.ReadingSummary;

/**
 * What reading DIR/plans/ gave: the tasks of the accepted files (in file and line order), every problem found
 * (errors quarantine their whole file; deadline warnings keep the task), the files each way, and how each workbook or
 * document was read (for `validate`).
 */
public record PlanReading(List<PlanTask> tasks, List<Issue> issues, List<String> acceptedFiles,
                          List<String> quarantinedFiles, List<ReadingSummary> readings) {

    /** An input folder without plans. */
    public static final PlanReading NONE = new PlanReading(List.of(), List.of(), List.of(), List.of(), List.of());

    public PlanReading {
        tasks = List.copyOf(tasks);
        issues = List.copyOf(issues);
        acceptedFiles = List.copyOf(acceptedFiles);
        quarantinedFiles = List.copyOf(quarantinedFiles);
        readings = List.copyOf(readings);
    }
}
