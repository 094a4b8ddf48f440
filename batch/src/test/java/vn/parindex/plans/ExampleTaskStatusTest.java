package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.TestInputs;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;
import vn.parindex.reference.ReferenceDataLoader;

/** The contract's worked example: its plan file gives exactly the expected task_status.csv as of 2024-06-15. */
class ExampleTaskStatusTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    @Test
    void reproducesTheExpectedTaskStatusRows() throws Exception {
        Path input = TestInputs.example().resolve("input");
        PlanReading reading = PlanReader.read(input, ReferenceDataLoader.load(input));

        List<CsvRecord> expected = DelimitedText.read(TestInputs.example().resolve("expected/task_status.csv")).records();
        assertEquals(TaskStatusRows.COLUMNS, expected.get(0).fields());
        List<List<String>> expectedRows = expected.subList(1, expected.size()).stream().map(CsvRecord::fields).toList();

        List<List<String>> rows = TaskStatusRows.rows(reading.tasks(), AS_OF);
        for (int i = 0; i < Math.min(rows.size(), expectedRows.size()); i++) {
            assertEquals(expectedRows.get(i), rows.get(i), "row " + (i + 1));
        }
        assertEquals(expectedRows, rows);
    }

    @Test
    void rowsAreSortedByFileThenLine() throws Exception {
        Path input = TestInputs.example().resolve("input");
        List<PlanTask> tasks = PlanReader.read(input, ReferenceDataLoader.load(input)).tasks();
        List<PlanTask> shuffled = new java.util.ArrayList<>(tasks);
        java.util.Collections.reverse(shuffled);
        assertEquals(TaskStatusRows.rows(tasks, AS_OF), TaskStatusRows.rows(shuffled, AS_OF));
        assertEquals("2", TaskStatusRows.rows(shuffled, AS_OF).get(0).get(6));
    }
}
