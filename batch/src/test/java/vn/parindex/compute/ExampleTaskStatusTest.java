package vn.parindex.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;
import vn.parindex.plans.PlanReader;
import vn.parindex.plans.PlanReading;
import vn.parindex.plans.PlanTask;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * The contract's worked example: its plan file, through the task_status mart and the extract writer, gives exactly
 * the expected task_status.csv as of 2024-06-15.
 */
class ExampleTaskStatusTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    @TempDir
    Path dir;

    @Test
    void reproducesTheExpectedTaskStatusExtract() throws Exception {
        Path input = TestInputs.example().resolve("input");
        PlanReading reading = PlanReader.read(input, ReferenceDataLoader.load(input));

        Path extract = TaskStatusExtract.write(dir, reading.tasks(), AS_OF);

        assertEquals(Files.readString(TestInputs.example().resolve("expected/task_status.csv"), StandardCharsets.UTF_8),
                Files.readString(extract, StandardCharsets.UTF_8));
    }

    @Test
    void aDeadlineNotUnderstoodAddedToTheExampleIsDeadlineUnknownNotOngoing() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path plan = input.resolve("plans/2024.csv");
        Files.writeString(plan, Files.readString(plan) + "Tỉnh Mẫu,X-NV,2024,,,Tổng kết mô hình,Báo cáo,Phòng CCHC,,"
                + "Sau khi có hướng dẫn,\nTỉnh Mẫu,X-NV,2024,,,Tổng kết năm,Báo cáo,Phòng CCHC,,Sau khi có hướng dẫn,"
                + "2024-05-02\n");
        PlanReading reading = PlanReader.read(input, ReferenceDataLoader.load(input));

        List<List<String>> rows = TaskStatusExtract.rows(dir, reading.tasks(), AS_OF);
        assertEquals(12, rows.size());
        // deadline, due_dates, next_due, status, done_on: no due date, so not done means deadline_unknown
        assertEquals(List.of("Sau khi có hướng dẫn", "", "", "deadline_unknown", ""), rows.get(10).subList(9, 14));
        assertEquals(List.of("Sau khi có hướng dẫn", "", "", "done", "2024-05-02"), rows.get(11).subList(9, 14),
                "done comes first");
        assertEquals(List.of("12 deadline_not_understood", "13 deadline_not_understood"),
                reading.issues().stream().map(issue -> issue.line() + " " + issue.rule()).toList());
        List<List<String>> expected = DelimitedText.read(TestInputs.example().resolve("expected/task_status.csv"))
                .records().stream().skip(1).map(CsvRecord::fields).toList();
        assertEquals(expected, rows.subList(0, 10), "the example's own rows are unchanged");
    }

    @Test
    void rowsAreSortedByFileThenLine() throws Exception {
        Path input = TestInputs.example().resolve("input");
        List<PlanTask> tasks = PlanReader.read(input, ReferenceDataLoader.load(input)).tasks();
        List<PlanTask> shuffled = new java.util.ArrayList<>(tasks);
        java.util.Collections.reverse(shuffled);
        List<List<String>> fromShuffled = TaskStatusExtract.rows(dir, shuffled, AS_OF);
        assertEquals(TaskStatusExtract.rows(dir, tasks, AS_OF), fromShuffled);
        assertEquals("2", fromShuffled.get(0).get(6));
    }
}
