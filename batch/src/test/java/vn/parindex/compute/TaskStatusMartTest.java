package vn.parindex.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.plans.PlanTask;

/**
 * task_status.csv rows as the job publishes them (the task_status mart, then its extract): the contract's columns in
 * order, ISO dates, ';'-joined due dates, blanks as "", sorted by file then line.
 */
class TaskStatusMartTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    @TempDir
    Path dir;

    private static PlanTask task(String file, int line, List<LocalDate> dueDates, LocalDate doneOn) {
        return new PlanTask("Tỉnh Mẫu", "X-TP", 2024, ScoreIndex.SIPAS, "", file, line, "Việc", "Sản phẩm", "Chủ trì",
                "Phối hợp", "như viết", dueDates, true, doneOn, "");
    }

    @Test
    void columnsInTheContractsOrder() throws Exception {
        assertEquals(List.of("province", "unit_id", "plan_year", "index", "code", "file", "line", "task", "lead",
                "deadline", "due_dates", "next_due", "status", "done_on"),
                TaskStatusExtract.records(dir, List.of(task("plans/a.csv", 2, List.of(), null)), AS_OF).get(0));
    }

    @Test
    void aRowOfAnOpenTask() throws Exception {
        List<String> row = TaskStatusExtract.rows(dir, List.of(task("plans/a.csv", 7,
                List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 1)), null)), AS_OF).get(0);
        assertEquals(List.of("Tỉnh Mẫu", "X-TP", "2024", "SIPAS", "", "plans/a.csv", "7", "Việc", "Chủ trì", "như viết",
                "2024-03-01;2024-08-01", "2024-08-01", "open", ""), row);
    }

    @Test
    void aTaskDoneEarlyStillShowsItsNextDueDate() throws Exception {
        // The contract defines next_due without regard to done_on; the example's done tasks are simply past due.
        List<String> row = TaskStatusExtract.rows(dir, List.of(task("plans/a.csv", 2,
                List.of(LocalDate.of(2024, 9, 30)), LocalDate.of(2024, 5, 2))), AS_OF).get(0);
        assertEquals(List.of("2024-09-30", "2024-09-30", "done", "2024-05-02"), row.subList(10, 14));
    }

    @Test
    void aTaskWhoseDeadlineWasNotUnderstoodIsDeadlineUnknown() throws Exception {
        PlanTask unknown = new PlanTask("Tỉnh Mẫu", "X-TP", 2024, ScoreIndex.PAR, "", "plans/a.csv", 3, "Việc", "",
                "Chủ trì", "", "Sau khi có hướng dẫn", List.of(), false, null, "");
        assertEquals(List.of("Sau khi có hướng dẫn", "", "", "deadline_unknown", ""),
                TaskStatusExtract.rows(dir, List.of(unknown), AS_OF).get(0).subList(9, 14));
    }

    @Test
    void sortedByFileThenLineNumerically() throws Exception {
        List<List<String>> rows = TaskStatusExtract.rows(dir, List.of(task("plans/b.csv", 2, List.of(), null),
                task("plans/a.csv", 10, List.of(), null), task("plans/a.csv", 9, List.of(), null)), AS_OF);
        assertEquals(List.of("plans/a.csv:9", "plans/a.csv:10", "plans/b.csv:2"),
                rows.stream().map(row -> row.get(5) + ":" + row.get(6)).toList());
    }
}
