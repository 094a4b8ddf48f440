package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * Issue 21, item 5: the bundled plans (data/plans, deadlines as the seed plans write them) are read without a
 * deadline warning, and the deadlines that used to be outside the grammar give the seeds' due dates.
 */
class BundledPlansTest {
    private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();
    private static PlanReading reading;

    @BeforeAll
    static void read() throws Exception {
        reading = PlanReader.read(DATA, ReferenceDataLoader.load(DATA));
    }

    /** The due dates of every bundled task with this deadline (they must agree). */
    private static List<LocalDate> dueDatesOf(String deadline) {
        List<List<LocalDate>> found = reading.tasks().stream().filter(task -> task.deadline().equals(deadline))
                .map(PlanTask::dueDates).distinct().toList();
        assertEquals(1, found.size(), deadline + ": " + found);
        return found.get(0);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyBundledDeadlineIsUnderstood() {
        assertEquals(151, reading.tasks().size());
        assertEquals(List.of(), reading.quarantinedFiles());
        assertEquals(List.of(), reading.issues().stream().map(issue -> issue.file() + ":" + issue.line() + " "
                + issue.rule()).toList(), "data/README.md lists any deadline that cannot be dated: none");
        assertTrue(reading.tasks().stream().allMatch(PlanTask::deadlineUnderstood));
    }

    @Test
    void theSeedsDeadlinesThatWereOutsideTheOldGrammar() {
        Map<String, Long> counts = reading.tasks().stream()
                .collect(Collectors.groupingBy(PlanTask::deadline, Collectors.counting()));
        assertEquals(13L, counts.get("Trước ngày 30 tháng 11 năm 2023"), "seed 001, all of Lạng Sơn's tasks");
        assertEquals(List.of(d("2023-11-30")), dueDatesOf("Trước ngày 30 tháng 11 năm 2023"));
        assertEquals(List.of(d("2023-09-30"), d("2023-11-30")), dueDatesOf("30/9/2023 30/11/2023"));
        assertEquals(List.of(d("2023-03-09"), d("2023-06-06"), d("2023-06-09"), d("2023-09-09"), d("2023-12-06"),
                d("2023-12-09")), dueDatesOf("1. Thường xuyên; 2. 6/6; 6/12 3. 9/3; 9/6; 9/9; 9/12/2023"));
        for (String ongoing : List.of("Tần suất 2/lần/năm", "Khi có nhiệm vụ chậm muộn",
                "Khi tham mưu xây dựng chính sách", "Thường xuyên; theo chỉ đạo của UBND tỉnh")) {
            assertEquals(List.of(), dueDatesOf(ongoing), ongoing);
        }
    }

    @Test
    void langSonsTasksAreOverdueAsOfTheIssuesRun() {
        LocalDate asOf = d("2026-11-29");
        Map<String, Long> statuses = reading.tasks().stream().filter(task -> task.unitId().equals("LSN-STTTT"))
                .collect(Collectors.groupingBy(task -> TaskStatusRule.of(task, asOf).code(), Collectors.counting()));
        assertEquals(Map.of("overdue", 12L, "done", 1L), statuses, "12 tasks three years past 30/11/2023, one done");
    }
}
