package vn.parindex.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.compute.SparkSessions;

/**
 * Contract 2 through the real job: a task whose deadline is not understood and not done is deadline_unknown in
 * task_status.csv and in the task_status mart, with its warning, never ongoing; the example's own rows stay as
 * expected.
 */
class DeadlineUnknownJobTest {
    @TempDir
    Path dir;

    @Test
    void aDeadlineTheGrammarCannotReadIsPublishedAsDeadlineUnknown() throws Exception {
        Path input = TestInputs.copyExampleInput(dir);
        Path plan = input.resolve("plans/2024.csv");
        Files.writeString(plan, Files.readString(plan)
                + "Tỉnh Mẫu,X-NV,2024,,,Tổng kết mô hình,Báo cáo,Phòng CCHC,,Quý 2 và Quý 4/2024,\n");
        Path warehouse = dir.resolve("warehouse");

        RunOutcome outcome = NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", false, TestInputs.AS_OF),
                RepositorySettings.h2In(warehouse));

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        Path extracts = warehouse.resolve("current/extracts");
        List<Map<String, String>> tasks = TestInputs.readCsv(extracts.resolve("task_status.csv"));
        Map<String, String> added = TestInputs.only(tasks, "line", "12");
        assertEquals("Quý 2 và Quý 4/2024", added.get("deadline"));
        assertEquals(List.of("", "", "deadline_unknown"),
                List.of(added.get("due_dates"), added.get("next_due"), added.get("status")));
        assertEquals(TestInputs.readCsv(TestInputs.example().resolve("expected/task_status.csv")), tasks.subList(0, 10),
                "the example's rows are unchanged");
        List<Map<String, String>> issues = TestInputs.readCsv(extracts.resolve("quality_issues.csv"));
        assertEquals(1, issues.stream().filter(i -> "deadline_not_understood".equals(i.get("rule"))
                && "12".equals(i.get("line"))).count(), issues.toString());

        List<Row> mart = SparkSessions.get("local[2]").read()
                .parquet(warehouse.resolve("current/marts/task_status").toString())
                .filter("line = 12").collectAsList();
        assertEquals(1, mart.size());
        assertEquals("deadline_unknown", mart.get(0).getAs("status"));
    }
}
