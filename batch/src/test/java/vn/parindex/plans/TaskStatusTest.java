package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.marts.TaskStatus;

/** One test per task status of contract 2, and the next due date. */
class TaskStatusTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    private static TaskStatus status(List<LocalDate> dueDates, LocalDate doneOn) {
        return TaskStatusRule.of(dueDates, true, doneOn, AS_OF);
    }

    /** A task whose deadline the grammar did not read (it then has no due date). */
    private static TaskStatus notUnderstood(LocalDate doneOn) {
        return TaskStatusRule.of(List.of(), false, doneOn, AS_OF);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void doneOnOrBeforeEveryDueDate() {
        assertEquals(TaskStatus.DONE, status(List.of(d("2024-03-31")), d("2024-03-28")));
        assertEquals(TaskStatus.DONE, status(List.of(d("2024-03-31")), d("2024-03-31")), "on the due date is on time");
        assertEquals(TaskStatus.DONE, status(List.of(), d("2024-01-01")), "done with no due date");
        assertEquals(TaskStatus.DONE, status(List.of(d("2025-01-01")), d("2024-07-01")), "done after the as-of date");
    }

    @Test
    void doneAfterADueDateIsLate() {
        assertEquals(TaskStatus.DONE_LATE, status(List.of(d("2023-12-31")), d("2024-01-10")));
        assertEquals(TaskStatus.DONE_LATE, status(List.of(d("2024-03-09"), d("2024-12-09")), d("2024-03-10")),
                "one due date before it is enough");
    }

    @Test
    void overdueWhenTheLastDueDateHasPassed() {
        assertEquals(TaskStatus.OVERDUE, status(List.of(d("2024-04-30")), null));
        assertEquals(TaskStatus.OVERDUE, status(List.of(d("2024-03-09"), d("2024-06-14")), null));
    }

    @Test
    void aPassedDueDateIsNotOverdueWhileALaterOneIsAhead() {
        assertEquals(TaskStatus.OPEN, status(List.of(d("2024-03-09"), d("2024-09-09")), null));
    }

    @Test
    void dueSoonWithinThirtyDaysInclusive() {
        assertEquals(TaskStatus.DUE_SOON, status(List.of(d("2024-06-15")), null), "due today");
        assertEquals(TaskStatus.DUE_SOON, status(List.of(d("2024-07-15")), null), "exactly 30 days ahead");
        assertEquals(TaskStatus.OPEN, status(List.of(d("2024-07-16")), null), "31 days ahead");
    }

    @Test
    void ongoingWithoutAnyDueDate() {
        assertEquals(TaskStatus.ONGOING, status(List.of(), null));
    }

    @Test
    void deadlineUnknownWhenTheDeadlineWasNotUnderstoodNeverOngoing() {
        assertEquals(TaskStatus.DEADLINE_UNKNOWN, notUnderstood(null));
        assertEquals("Chưa đọc được thời hạn", TaskStatus.DEADLINE_UNKNOWN.label());
    }

    @Test
    void doneComesFirstEvenWhenTheDeadlineWasNotUnderstood() {
        assertEquals(TaskStatus.DONE, notUnderstood(d("2024-05-02")));
    }

    @Test
    void theStatusOfARealTaskFollowsItsDeadlinesReading() {
        PlanTask unreadable = task("Sau khi có hướng dẫn");
        PlanTask whenAsked = task("Khi có yêu cầu của UBND tỉnh");
        PlanTask writtenOut = task("Trước ngày 30 tháng 11 năm 2023");
        assertEquals(TaskStatus.DEADLINE_UNKNOWN, TaskStatusRule.of(unreadable, AS_OF));
        assertEquals(TaskStatus.ONGOING, TaskStatusRule.of(whenAsked, AS_OF));
        assertEquals(TaskStatus.OVERDUE, TaskStatusRule.of(writtenOut, AS_OF));
    }

    private static PlanTask task(String written) {
        Deadline deadline = Deadline.read(written, 2024);
        return new PlanTask("Tỉnh Mẫu", "X-TP", 2024, vn.parindex.marts.ScoreIndex.PAR, "", "plans/a.csv", 2, "Việc",
                "", "Chủ trì", "", deadline.written(), deadline.dueDates(), deadline.understood(), null, "");
    }

    @Test
    void openWhenTheNextDueDateIsFurtherAway() {
        assertEquals(TaskStatus.OPEN, status(List.of(d("2024-12-31")), null));
    }

    @Test
    void labelsAreTheExtractsSpelling() {
        assertEquals(List.of("done", "done_late", "overdue", "due_soon", "deadline_unknown", "ongoing", "open"),
                List.of(TaskStatus.values()).stream().map(TaskStatus::code).toList());
    }

    @Test
    void nextDueIsTheFirstDueDateOnOrAfterTheAsOfDate() {
        List<LocalDate> quarterly = List.of(d("2024-03-09"), d("2024-06-09"), d("2024-09-09"), d("2024-12-09"));
        assertEquals(Optional.of(d("2024-09-09")), TaskStatusRule.nextDue(quarterly, AS_OF));
        assertEquals(Optional.of(AS_OF), TaskStatusRule.nextDue(List.of(AS_OF), AS_OF));
        assertEquals(Optional.empty(), TaskStatusRule.nextDue(List.of(d("2024-04-30")), AS_OF));
        assertEquals(Optional.empty(), TaskStatusRule.nextDue(List.of(), AS_OF));
    }
}
