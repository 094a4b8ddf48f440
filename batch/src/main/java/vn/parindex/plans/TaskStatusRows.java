package vn.parindex.plans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.parindex.marts.Marts;

/** The rows of task_status.csv (contract 4) for a set of tasks as of a date, as the extract's text values. */
public final class TaskStatusRows {
    public static final List<String> COLUMNS = Marts.TASK_STATUS.names();

    private TaskStatusRows() {
    }

    /** One row per task in {@link #COLUMNS} order, sorted by file, then line; blanks are "". */
    public static List<List<String>> rows(List<PlanTask> tasks, LocalDate asOf) {
        return tasks.stream()
                .sorted(Comparator.comparing(PlanTask::file).thenComparingInt(PlanTask::line))
                .map(task -> row(task, asOf))
                .toList();
    }

    static List<String> row(PlanTask task, LocalDate asOf) {
        String dueDates = task.dueDates().stream().map(LocalDate::toString).collect(Collectors.joining(";"));
        String nextDue = TaskStatusRule.nextDue(task.dueDates(), asOf).map(LocalDate::toString).orElse("");
        return List.of(task.province(), task.unitId(), Integer.toString(task.planYear()), task.index().name(),
                task.code(), task.file(), Integer.toString(task.line()), task.task(), task.lead(), task.deadline(),
                dueDates, nextDue, TaskStatusRule.of(task, asOf).code(), task.doneOn() == null ? "" : task.doneOn().toString());
    }
}
