package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.parindex.TestInputs;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.workbook.BrokenFiles;

/** A task workbook dropped into plans/ is read like the plan CSV, within the workbook opener's safety limits. */
class PlanWorkbookTest {
    static final String[] VIETNAMESE = {"STT", "Tỉnh", "Đơn vị", "Năm kế hoạch", "Chỉ số", "Mã tiêu chí",
        "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Người/Cơ quan chủ trì", "Phối hợp", "Thời gian thực hiện",
        "Ngày hoàn thành"};
    private static final String[] CONTRACT = {"STT", "PROVINCE", "Unit", "Plan_Year", "index", "CODE", "task", "output",
        "lead", "partners", "deadline", "done_on"};

    @TempDir
    Path dir;
    private Path input;
    private ReferenceData reference;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
        reference = ReferenceDataLoader.load(input);
    }

    /**
     * The example's plans/2024.csv as a planner's workbook: titles, a numbering row, group headings, plan_year as a
     * number and once as a formula, codes as numbers, a task's text from a formula, done_on and one deadline as date
     * cells, and one lead merged over two tasks.
     */
    static TaskWorkbook examplePlan(String[] header) {
        return examplePlan(new TaskWorkbook("Nhiệm vụ"), header);
    }

    static TaskWorkbook examplePlan(TaskWorkbook empty, String[] header) {
        TaskWorkbook.Formula year = new TaskWorkbook.Formula("2023+1");
        TaskWorkbook.Formula task = new TaskWorkbook.Formula("\"Ban hành kế hoạch CCHC năm \"&2024");
        return empty
                .row(1, "KẾ HOẠCH CẢI THIỆN CHỈ SỐ CCHC NĂM 2024").merge(1, 1, 0, 11)
                .row(2, "(Kèm theo Kế hoạch số 12/KH-STP)")
                .row(4, (Object[]) header)
                .row(5, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)")
                .row(6, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").merge(6, 6, 0, 11)
                .row(7, 1, "Tỉnh Mẫu", "Sở Tư pháp", year, null, 1.2, task, "Kế hoạch", "Văn phòng Sở", "Các phòng",
                        "Tháng 12/2023", LocalDate.of(2024, 1, 10))
                .row(8, 2, "Tỉnh Mẫu", "STP", 2024, "PAR", 3, "Tự kiểm tra tài chính công", "Báo cáo",
                        "Phòng Kế hoạch - Tài chính", null, "Quý I/2024", LocalDate.of(2024, 3, 28))
                .row(9, 3, "Tỉnh Mẫu", "Sở Tư pháp", 2024.0, null, 2, "Rà soát văn bản QPPL", "Báo cáo rà soát",
                        "Phòng Văn bản", null, LocalDate.of(2024, 7, 15), null)
                .row(10, "II. CÁC NHIỆM VỤ KHÁC")
                .row(11, 4, "Tỉnh Mẫu", "Sở Tư pháp", 2024, null, null, "Xây dựng mô hình điểm về CCHC", "Mô hình",
                        "Giám đốc Sở", null, "Khi có hướng dẫn của Bộ Nội vụ", null)
                .row(12, 5, "Tỉnh Mẫu", "X-NV", 2024, null, null, "Tuyên truyền về CCHC", "Tin bài", "Văn phòng Sở",
                        "Báo Tỉnh Mẫu", "thường xuyên", null)
                .row(13, 6, "Tỉnh Mẫu", "X-NV", 2024, null, 1.1, "Báo cáo CCHC hằng tháng", "Báo cáo tháng",
                        "Phòng CCHC", null, "Trước ngày 20 hàng tháng", null)
                .row(14, 7, "Tỉnh Mẫu", "X-NV", 2024, null, 4, "Khảo sát sự hài lòng", "Kết quả khảo sát", null,
                        "Cục Thống kê", "2 lần/năm", null).merge(13, 14, 8, 8)
                .row(15, 8, "Tỉnh Mẫu", "SKHCN", 2024, null, 1, "Kiện toàn bộ máy", "Quyết định", "Văn phòng Sở", null,
                        "30/4", null)
                .row(16, 9, "Tỉnh Mẫu", "SKHCN", 2024, null, 2, "Hoàn thiện thể chế", "Văn bản QPPL", "Thanh tra Sở",
                        null, "Năm 2024", null)
                .row(17, 10, "Tỉnh Mẫu", "SKHCN", 2024, null, 3, "Báo cáo thực hiện dự toán", "Báo cáo quý",
                        "Phòng Kế hoạch - Tài chính", null, "9/3; 9/6; 9/9; 9/12/2024", null);
    }

    /** The task without where it was written. */
    private static PlanTask unplaced(PlanTask t) {
        return new PlanTask(t.province(), t.unitId(), t.planYear(), t.index(), t.code(), "", 0, t.task(), t.output(),
                t.lead(), t.partners(), t.deadline(), t.dueDates(), t.deadlineUnderstood(), t.doneOn(), t.note());
    }

    static Stream<Arguments> headers() {
        return Stream.of(Arguments.of((Object) VIETNAMESE), Arguments.of((Object) CONTRACT));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void theWorkbookGivesTheSameTasksAsTheCsv(String[] header) throws Exception {
        List<PlanTask> fromCsv = PlanReader.read(input, reference).tasks();
        Files.delete(input.resolve("plans/2024.csv"));
        TestInputs.write(input.resolve("plans/2024.xlsx"), examplePlan(header).bytes());

        PlanReading reading = PlanReader.read(input, reference);

        assertEquals(List.of("plans/2024.xlsx"), reading.acceptedFiles(), reading.issues().toString());
        assertEquals(fromCsv.stream().map(PlanWorkbookTest::unplaced).toList(),
                reading.tasks().stream().map(PlanWorkbookTest::unplaced).toList());
        assertEquals(List.of(7, 8, 9, 11, 12, 13, 14, 15, 16, 17), reading.tasks().stream().map(PlanTask::line).toList());
        assertTrue(reading.tasks().stream().allMatch(task -> task.file().equals("plans/2024.xlsx")));
        // row 11, "Khi có hướng dẫn của Bộ Nội vụ", is an ongoing phrase since the contract of 2026-12-07
        assertEquals(List.of(), reading.issues());
    }

    @ParameterizedTest
    @MethodSource("headers")
    void aDeadlineWarningNamesTheExcelRowAndColumnAndKeepsTheTask(String[] header) throws Exception {
        byte[] workbook = new TaskWorkbook("Nhiệm vụ").row(1, (Object[]) header)
                .row(2, 1, "Tỉnh Mẫu", "STP", 2024, null, null, "t", "o", "l", "p", "Sau khi có hướng dẫn", null)
                .row(3, 2, "Tỉnh Mẫu", "STP", 2024, null, null, "t", "o", "l", "p", "Trước ngày 30 tháng 11 năm 2024",
                        null)
                .bytes();
        TestInputs.write(input.resolve("plans/dates.xlsx"), workbook);

        PlanReading reading = PlanReader.read(input, reference);

        List<Issue> issues = reading.issues().stream().filter(issue -> issue.file().equals("plans/dates.xlsx")).toList();
        assertEquals(1, issues.size(), issues.toString());
        assertEquals("deadline_not_understood", issues.get(0).rule());
        assertEquals(2, issues.get(0).line());
        assertEquals("K (" + header[10] + ")", issues.get(0).column());
        List<PlanTask> tasks = reading.tasks().stream().filter(task -> task.file().equals("plans/dates.xlsx")).toList();
        assertEquals(List.of(false, true), tasks.stream().map(PlanTask::deadlineUnderstood).toList());
        assertEquals(List.of(LocalDate.of(2024, 11, 30)), tasks.get(1).dueDates());
    }

    @Test
    void anXlsWorkbookIsReadAlike() throws Exception {
        List<PlanTask> fromCsv = PlanReader.read(input, reference).tasks();
        Files.delete(input.resolve("plans/2024.csv"));
        TestInputs.write(input.resolve("plans/2024.xls"), examplePlan(TaskWorkbook.xls("Nhiệm vụ"), VIETNAMESE).bytes());

        PlanReading reading = PlanReader.read(input, reference);

        assertEquals(List.of("plans/2024.xls"), reading.acceptedFiles(), reading.issues().toString());
        assertEquals(fromCsv.stream().map(PlanWorkbookTest::unplaced).toList(),
                reading.tasks().stream().map(PlanWorkbookTest::unplaced).toList());
    }

    /** The same tasks in a CSV and a workbook are each one task (TaskUpdates), kept where the CSV has them. */
    @Test
    void bothFormsAreReadSideBySideAndTheirSameTasksCountOnce() throws Exception {
        List<PlanTask> fromCsv = PlanReader.read(input, reference).tasks();
        TestInputs.write(input.resolve("plans/sub/2024.xlsx"), examplePlan(VIETNAMESE).bytes());
        PlanReading reading = PlanReader.read(input, reference);
        assertEquals(List.of("plans/2024.csv", "plans/sub/2024.xlsx"), reading.acceptedFiles());
        assertEquals(fromCsv, reading.tasks(), "the workbook repeats the CSV: nothing added, nothing changed");
        assertEquals(List.of(), reading.issues().stream().filter(i -> i.rule().startsWith("plan_task")).toList(),
                "they agree: no conflict");
    }

    @Test
    void problemsNameTheExcelRowAndTheColumnByLetterAndHeader() throws Exception {
        byte[] bad = new TaskWorkbook("Sheet1")
                .row(1, VIETNAMESE)
                .row(2, 1, "Tỉnh Mẫu", "STP", "20x4", null, 1.1, "t", "o", "l", "p", "30/6", null)
                .row(3, 2, "Tỉnh Mẫu", "STP", 2024, null, 9.9, "t", "o", "l", "p", "30/6", "31/2/2024")
                .row(4, 3, "Tỉnh Mẫu", "Sở Ngoại vụ", 2024, "CPI", null, "t", "o", "l", "p", "30/6", null)
                .bytes();
        TestInputs.write(input.resolve("plans/bad.xlsx"), bad);

        PlanReading reading = PlanReader.read(input, reference);

        assertEquals(List.of("plans/bad.xlsx"), reading.quarantinedFiles());
        List<String> found = reading.issues().stream().filter(issue -> issue.file().equals("plans/bad.xlsx"))
                .map(issue -> issue.line() + " " + issue.column() + " " + issue.rule()).toList();
        assertEquals(Stream.of("2 D (Năm kế hoạch) bad_year", "3 L (Ngày hoàn thành) bad_date",
                "3 F (Mã tiêu chí) unknown_code", "4 E (Chỉ số) unknown_index", "4 C (Đơn vị) unknown_unit").sorted()
                .toList(), found.stream().sorted().toList());
    }

    @Test
    void theFirstSheetWithThePlanHeaderIsRead() throws Exception {
        byte[] workbook = new TaskWorkbook("Hướng dẫn").row(1, "Điền mỗi nhiệm vụ một dòng")
                .sheet("Nhiệm vụ").row(3, VIETNAMESE)
                .row(4, 1, "Tỉnh Mẫu", "STP", 2024, null, null, "t", "o", "l", "p", "Thường xuyên", null)
                .bytes();
        TestInputs.write(input.resolve("plans/two-sheets.xlsx"), workbook);
        PlanReading reading = PlanReader.read(input, reference);
        assertEquals(List.of("plans/2024.csv", "plans/two-sheets.xlsx"), reading.acceptedFiles());
        assertTrue(reading.tasks().stream().anyMatch(task -> task.file().equals("plans/two-sheets.xlsx")
                && task.line() == 4 && task.unitId().equals("X-TP")), reading.tasks().toString());
    }

    @Test
    void aWorkbookWithoutThePlanHeaderSaysWhatItLacks() throws Exception {
        byte[] workbook = new TaskWorkbook("Sheet1").row(2, "STT", "Nội dung", "Chủ trì", "Ghi chú")
                .row(3, 1, "t", "l", "30/6").bytes();
        Issue issue = onlyIssue("no-header.xlsx", workbook);
        assertEquals("missing_column", issue.rule());
        assertEquals(2, issue.line());
        assertTrue(issue.message().endsWith("lacks province, unit, plan_year, deadline"), issue.message());
    }

    @Test
    void aTaskTableWithoutUnitColumns_isReadAsAPlanDocumentAndNeedsItsHeading() throws Exception {
        byte[] workbook = new TaskWorkbook("Sheet1").row(2, "STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian thực hiện")
                .row(3, 1, "t", "l", "30/6").bytes();
        Issue issue = onlyIssue("no-header.xlsx", workbook);
        assertEquals("unknown_unit", issue.rule());
        assertTrue(issue.message().startsWith("neither the plan's heading nor its file name names a unit"),
                issue.message());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(Arguments.of("cut.xlsx", BrokenFiles.truncated(), "truncated_workbook"),
                Arguments.of("text.xlsx", BrokenFiles.textNamedXlsx(), "not_a_workbook"),
                Arguments.of("bomb.xlsx", BrokenFiles.zipBomb(), "zip_bomb"),
                Arguments.of("secret.xlsx", BrokenFiles.encrypted(), "encrypted_workbook"),
                Arguments.of("xxe.xlsx", BrokenFiles.externalEntity(), "xml_entities_refused"),
                Arguments.of("huge.xlsx", BrokenFiles.enormousSheet(), "sheet_too_large"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void aDamagedOrUnsafeWorkbookIsQuarantinedWithItsReason(String name, byte[] content, String rule) throws Exception {
        Issue issue = onlyIssue(name, content);
        assertEquals(rule, issue.rule(), issue.toString());
        assertEquals(Issue.QUARANTINED, issue.action());
    }

    /** Reads the example with plans/NAME added: that file alone is quarantined, with one problem. */
    private Issue onlyIssue(String name, byte[] content) throws Exception {
        TestInputs.write(input.resolve("plans/" + name), content);
        PlanReading reading = PlanReader.read(input, reference);
        assertEquals(List.of("plans/" + name), reading.quarantinedFiles());
        assertEquals(List.of("plans/2024.csv"), reading.acceptedFiles());
        List<Issue> issues = reading.issues().stream().filter(issue -> issue.file().equals("plans/" + name)).toList();
        assertEquals(1, issues.size(), issues.toString());
        return issues.get(0);
    }
}
