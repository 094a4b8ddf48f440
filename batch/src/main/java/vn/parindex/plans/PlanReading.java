package vn.parindex.plans;

import java.util.List;
import vn.parindex.quality.Issue;

/**
 * What reading DIR/plans/ gave: the tasks of the accepted files (in file and line order), every problem found
 * (errors quarantine their whole file; deadline warnings keep the task), and the files each way.
 */
public record PlanReading(List<PlanTask> tasks, List<Issue> issues, List<String> acceptedFiles,
                          List<String> quarantinedFiles) {

    public PlanReading {
        tasks = List.copyOf(tasks);
        issues = List.copyOf(issues);
        acceptedFiles = List.copyOf(acceptedFiles);
        quarantinedFiles = List.copyOf(quarantinedFiles);
    }
}
