package vn.parindex.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import vn.parindex.marts.TaskStatus;

/** How a plan task's status (contract 2, "Task status") is judged as of a date. */
public final class TaskStatusRule {
    /** "Within 30 days (inclusive)": a due date exactly 30 days after the as-of date is due soon. */
    static final int DUE_SOON_DAYS = 30;

    private TaskStatusRule() {
    }

    public static TaskStatus of(PlanTask task, LocalDate asOf) {
        return of(task.dueDates(), task.deadlineUnderstood(), task.doneOn(), asOf);
    }

    /**
     * The contract's rules in its order. A done task is judged by its completion date alone; an open one by the
     * as-of date: overdue when every due date has passed, due soon when the next one is at most 30 days away; a
     * deadline that was not understood (it has no due date) is {@code deadline_unknown}, never {@code ongoing}.
     *
     * @param doneOn null when the task is not done
     */
    public static TaskStatus of(Collection<LocalDate> dueDates, boolean deadlineUnderstood, LocalDate doneOn,
                                LocalDate asOf) {
        if (doneOn != null) {
            return dueDates.stream().anyMatch(due -> due.isBefore(doneOn)) ? TaskStatus.DONE_LATE : TaskStatus.DONE;
        }
        Optional<LocalDate> next = nextDue(dueDates, asOf);
        if (next.isPresent()) {
            return next.get().isAfter(asOf.plusDays(DUE_SOON_DAYS)) ? TaskStatus.OPEN : TaskStatus.DUE_SOON;
        }
        if (!dueDates.isEmpty()) {
            return TaskStatus.OVERDUE;
        }
        return deadlineUnderstood ? TaskStatus.ONGOING : TaskStatus.DEADLINE_UNKNOWN;
    }

    /** The first due date on or after the as-of date (whether or not the task is done, as the contract says). */
    public static Optional<LocalDate> nextDue(Collection<LocalDate> dueDates, LocalDate asOf) {
        return dueDates.stream().filter(due -> !due.isBefore(asOf)).min(LocalDate::compareTo);
    }
}
