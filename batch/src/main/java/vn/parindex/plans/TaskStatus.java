package vn.parindex.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The status of a plan task as of a date (contract 2, "Task status"). */
public enum TaskStatus {
    DONE, DONE_LATE, OVERDUE, DUE_SOON, ONGOING, OPEN;

    /** "Within 30 days (inclusive)": a due date exactly 30 days after the as-of date is due soon. */
    static final int DUE_SOON_DAYS = 30;

    /** The extract's spelling: done, done_late, overdue, due_soon, ongoing, open. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskStatus of(PlanTask task, LocalDate asOf) {
        return of(task.dueDates(), task.doneOn(), asOf);
    }

    /**
     * A done task is judged by its completion date alone; an open one by the as-of date: overdue when every due
     * date has passed, due soon when the next one is at most 30 days away.
     *
     * @param doneOn null when the task is not done
     */
    public static TaskStatus of(Collection<LocalDate> dueDates, LocalDate doneOn, LocalDate asOf) {
        if (doneOn != null) {
            return dueDates.stream().anyMatch(due -> due.isBefore(doneOn)) ? DONE_LATE : DONE;
        }
        Optional<LocalDate> next = nextDue(dueDates, asOf);
        if (next.isPresent()) {
            return next.get().isAfter(asOf.plusDays(DUE_SOON_DAYS)) ? OPEN : DUE_SOON;
        }
        return dueDates.isEmpty() ? ONGOING : OVERDUE;
    }

    /** The first due date on or after the as-of date (whether or not the task is done, as the contract says). */
    public static Optional<LocalDate> nextDue(Collection<LocalDate> dueDates, LocalDate asOf) {
        return dueDates.stream().filter(due -> !due.isBefore(asOf)).min(LocalDate::compareTo);
    }
}
