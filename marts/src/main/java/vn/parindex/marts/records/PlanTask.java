package vn.parindex.marts.records;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of an improvement plan as of the run's date (a task_status row with the output and partners of the
 * plan_tasks mart). {@code code} is the methodology item the task serves (null: the plan as a whole);
 * {@code deadline} the plan's own words, {@code dueDates} how they were read; {@code status} the extract's word
 * (done, done_late, overdue, due_soon, deadline_unknown, ongoing, open); {@code note} the planner's note from a task
 * list dropped back into plans/ (null: none).
 */
public record PlanTask(String province, String unitId, int planYear, String index, String code, String file,
                       int line, String task, String output, String lead, String partners, String deadline,
                       List<LocalDate> dueDates, LocalDate nextDue, String status, LocalDate doneOn,
                       String note) {
    public PlanTask {
        dueDates = dueDates == null ? List.of() : List.copyOf(dueDates);
    }
}
