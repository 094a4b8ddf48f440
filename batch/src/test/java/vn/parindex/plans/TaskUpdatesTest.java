package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.parindex.TestInputs;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * One task in two plan files is one task (TaskUpdates): a task list dropped back beside its plan updates the plan's
 * completion dates and notes, every disagreement is a warning naming both files, and nothing is counted twice. On the
 * example's plans/2024.csv (10 tasks; line 2 done on 2024-01-10, line 4 "Rà soát văn bản QPPL" not done).
 */
class TaskUpdatesTest {
    /** The product's task list headers (TaskListWriter), as a planner's saved workbook has them. */
    private static final Object[] HEADERS = {"Năm kế hoạch", "Mã mục", "Nội dung nhiệm vụ", "Sản phẩm đầu ra",
            "Chủ trì", "Phối hợp", "Thời gian thực hiện (như kế hoạch)", "Các hạn", "Hạn tiếp theo", "Trạng thái",
            "Ngày hoàn thành", "Ghi chú", "Tỉnh", "Đơn vị", "Chỉ số", "Nguồn (tệp, dòng)"};

    @TempDir
    Path dir;
    private Path input;
    private ReferenceData reference;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
        reference = ReferenceDataLoader.load(input);
    }

    private static Object[] row(String task, String lead, String deadline, Object doneOn, String note, String source) {
        return new Object[] {2024, "2", task, "Báo cáo rà soát", lead, null, deadline, null, null, "Quá hạn", doneOn,
                note, "Tỉnh Mẫu", "Sở Tư pháp", "PAR", source};
    }

    private PlanReading readWithTaskList(String name, Object[]... rows) throws Exception {
        TaskWorkbook workbook = new TaskWorkbook("Nhiệm vụ").row(1, "Danh sách nhiệm vụ").row(4, HEADERS);
        for (int i = 0; i < rows.length; i++) {
            workbook.row(5 + i, rows[i]);
        }
        TestInputs.write(input.resolve(name), workbook.bytes());
        return PlanReader.read(input, reference);
    }

    private static PlanTask at(PlanReading reading, int line) {
        return reading.tasks().stream().filter(t -> t.file().equals("plans/2024.csv") && t.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no task at line " + line + " in " + reading.tasks()));
    }

    private static List<Issue> rule(PlanReading reading, String rule) {
        return reading.issues().stream().filter(issue -> issue.rule().equals(rule)).toList();
    }

    @Test
    void anEditedTaskListUpdatesTheTaskItCameFromEvenWithItsTextRetyped() throws Exception {
        PlanReading reading = readWithTaskList("plans/0-tasks.xlsx",
                row("Rà soát văn bản QPPL", "Phòng Văn bản", "15/7/2024", LocalDate.of(2024, 7, 12),
                        "Đã gửi Sở Tư pháp", "plans/2024.csv:4"),
                row("Rà soát các văn bản quy phạm pháp luật", "Phòng Văn bản", "15/7/2024", null, null,
                        "plans/2024.csv:2"));

        assertEquals(List.of("plans/0-tasks.xlsx", "plans/2024.csv"), reading.acceptedFiles(),
                "the task list sorts first, yet it is the plan's tasks it updates");
        assertEquals(10, reading.tasks().size(), "no task added: " + reading.tasks());
        assertTrue(reading.tasks().stream().allMatch(t -> t.file().equals("plans/2024.csv")));
        PlanTask updated = at(reading, 4);
        assertEquals(LocalDate.of(2024, 7, 12), updated.doneOn());
        assertEquals("Đã gửi Sở Tư pháp", updated.note());
        assertEquals("Rà soát văn bản QPPL", updated.task());

        // Row 6 names line 2 as its source with another text and no date: the plan's text and date are kept.
        PlanTask second = at(reading, 2);
        assertEquals("Ban hành kế hoạch CCHC năm 2024", second.task());
        assertEquals(LocalDate.of(2024, 1, 10), second.doneOn(), "a blank cell does not undo a completion");
        List<Issue> conflicts = rule(reading, TaskUpdates.CONFLICT);
        assertEquals(List.of("plans/0-tasks.xlsx 6 B (Mã mục)", "plans/0-tasks.xlsx 6 C (Nội dung nhiệm vụ)", "plans/0-tasks.xlsx 6 D (Sản phẩm đầu ra)",
                        "plans/0-tasks.xlsx 6 E (Chủ trì)", "plans/0-tasks.xlsx 6 F (Phối hợp)",
                        "plans/0-tasks.xlsx 6 G (Thời gian thực hiện (như kế hoạch))",
                        "plans/0-tasks.xlsx 6 K (Ngày hoàn thành)"),
                conflicts.stream().map(i -> i.file() + " " + i.line() + " " + i.column()).toList(), conflicts.toString());
        assertTrue(conflicts.stream().allMatch(i -> i.severity() == Issue.Severity.WARNING
                && i.message().contains("plans/2024.csv line 2") && i.message().contains("counted once")));
        assertTrue(conflicts.get(1).message().contains("'Ban hành kế hoạch CCHC năm 2024'; here it is 'Rà soát các văn"
                + " bản quy phạm pháp luật'"), conflicts.get(1).message());
        assertTrue(conflicts.get(6).message().contains("the date is kept (a blank cell does not undo"), conflicts.get(6).message());
    }

    @Test
    void withoutItsSourceColumnARowIsTheSameTaskByItsTextAndADifferentDateIsTheListsWithAWarning() throws Exception {
        Files.writeString(input.resolve("plans/2024.csv"), Files.readString(input.resolve("plans/2024.csv"))
                .replace("Rà soát văn bản QPPL,Báo cáo rà soát,Phòng Văn bản,,15/7/2024,",
                        "Rà soát văn bản QPPL,Báo cáo rà soát,Phòng Văn bản,,15/7/2024,2024-07-01"));
        PlanReading reading = readWithTaskList("plans/sub/tasks.xlsx",
                row("rà soát  văn bản QPPL", "Phòng Văn bản", "15/7/2024", "3/7/2024", null, null));

        assertEquals(10, reading.tasks().size());
        assertEquals(LocalDate.of(2024, 7, 3), at(reading, 4).doneOn(), "the task list updates the plan");
        List<Issue> conflicts = rule(reading, TaskUpdates.CONFLICT);
        assertEquals(2, conflicts.size(), conflicts.toString());
        assertEquals("C (Nội dung nhiệm vụ)", conflicts.get(0).column(), "the text differs in case and spaces only:"
                + " the same task, but said");
        Issue date = conflicts.get(1);
        assertEquals(List.of("plans/sub/tasks.xlsx", 5, "K (Ngày hoàn thành)"), List.of(date.file(), date.line(),
                date.column()));
        assertTrue(date.message().contains("plans/2024.csv line 4, where done_on is 2024-07-01; here it is 2024-07-03:"
                + " this file's date is used"), date.message());
    }

    @Test
    void twoPlanFilesWithTheSameTaskCountItOnceAndReportWhatDiffers() throws Exception {
        TestInputs.write(input.resolve("plans/sub/copy.csv"), ("province,unit,plan_year,index,code,task,output,lead,"
                + "partners,deadline,done_on\nTỉnh Mẫu,STP,2024,PAR,2,Rà soát văn bản QPPL,Báo cáo rà soát,Phòng Pháp"
                + " chế,,15/7/2024,\nTỉnh Mẫu,STP,2024,PAR,2,Một việc mới,Báo cáo,Phòng Pháp chế,,15/8/2024,\n")
                .getBytes(StandardCharsets.UTF_8));
        PlanReading reading = PlanReader.read(input, reference);

        assertEquals(11, reading.tasks().size(), "the repeated task once, the new one added");
        assertEquals("Phòng Văn bản", at(reading, 4).lead(), "the first plan file (path order) keeps its lead");
        Issue conflict = rule(reading, TaskUpdates.CONFLICT).get(0);
        assertEquals(List.of("plans/sub/copy.csv", 2, "lead"), List.of(conflict.file(), conflict.line(),
                conflict.column()));
        assertTrue(conflict.message().contains("plans/2024.csv line 4, where lead is 'Phòng Văn bản'; here it is"
                + " 'Phòng Pháp chế'"), conflict.message());
        assertEquals(1, rule(reading, TaskUpdates.CONFLICT).size());
    }

    /** The unit's and the province's lists downloaded from one snapshot, each edited in a different place. */
    @Test
    void twoTaskListsOfOneSnapshotEachUpdateWhatTheyChangeWithoutAConflict() throws Exception {
        readWithTaskList("plans/a.xlsx", row("Rà soát văn bản QPPL", "Phòng Văn bản", "15/7/2024",
                LocalDate.of(2024, 7, 12), "xong", "plans/2024.csv:4"));
        PlanReading reading = readWithTaskList("plans/b.xlsx", row("Rà soát văn bản QPPL", "Phòng Văn bản",
                "15/7/2024", null, null, "plans/2024.csv:4"));

        assertEquals(List.of(LocalDate.of(2024, 7, 12), "xong"), List.of(at(reading, 4).doneOn(), at(reading, 4).note()));
        assertEquals(List.of(), rule(reading, TaskUpdates.CONFLICT), "b.xlsx was downloaded before a.xlsx's edit");
    }

    @Test
    void twoRowsOfOneTaskListNamingTheSameSourceCountOnce() throws Exception {
        Object[] done = row("Rà soát văn bản QPPL", "Phòng Văn bản", "15/7/2024", "12/7/2024", null,
                "plans/2024.csv:4");
        PlanReading reading = readWithTaskList("plans/tasks.xlsx", done, done);

        assertEquals(10, reading.tasks().size());
        List<Issue> repeated = rule(reading, TaskUpdates.REPEATED);
        assertEquals(1, repeated.size(), reading.issues().toString());
        assertEquals(List.of("plans/tasks.xlsx", 6), List.of(repeated.get(0).file(), repeated.get(0).line()));
        assertEquals(List.of(), rule(reading, TaskUpdates.CONFLICT));
    }

    @Test
    void aTaskListWhosePlanIsGoneIsThePlan() throws Exception {
        Files.delete(input.resolve("plans/2024.csv"));
        PlanReading reading = readWithTaskList("plans/tasks.xlsx",
                row("Rà soát văn bản QPPL", "Phòng Văn bản", "15/7/2024", "12/7/2024", "xong", "plans/2024.csv:4"));

        assertEquals(1, reading.tasks().size(), reading.issues().toString());
        PlanTask task = reading.tasks().get(0);
        assertEquals(List.of("plans/tasks.xlsx", 5, "X-TP", "2", "xong"), List.of(task.file(), task.line(),
                task.unitId(), task.code(), task.note()));
    }
}
