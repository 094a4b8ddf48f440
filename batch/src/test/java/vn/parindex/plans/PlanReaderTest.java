package vn.parindex.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.marts.ScoreIndex;

/** The plan file reader on the example's reference data: one test per rule that quarantines a plan file. */
class PlanReaderTest {
    private static final String HEADER = "province,unit,plan_year,index,code,task,output,lead,partners,deadline,done_on\n";

    @TempDir
    Path dir;
    private Path input;
    private ReferenceData reference;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
        reference = ReferenceDataLoader.load(input);
    }

    private PlanReading readWith(String name, byte[] content) throws Exception {
        TestInputs.write(input.resolve(name), content);
        return PlanReader.read(input, reference);
    }

    private PlanReading readWith(String content) throws Exception {
        return readWith("plans/sub/bad.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the example with plans/sub/bad.csv added; checks it alone is quarantined; returns its issues. */
    private List<Issue> rejected(String content) throws Exception {
        PlanReading reading = readWith(content);
        assertEquals(List.of("plans/sub/bad.csv"), reading.quarantinedFiles());
        assertEquals(List.of("plans/2024.csv"), reading.acceptedFiles());
        assertTrue(reading.tasks().stream().noneMatch(task -> task.file().equals("plans/sub/bad.csv")));
        assertEquals(10, reading.tasks().size(), "the example's tasks are all kept");
        return reading.issues().stream().filter(issue -> issue.file().equals("plans/sub/bad.csv")).toList();
    }

    private static Issue single(List<Issue> issues, String rule, int line, String column) {
        List<Issue> matching = issues.stream().filter(issue -> issue.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), "one " + rule + " in " + issues);
        Issue issue = matching.get(0);
        assertEquals(Issue.Severity.ERROR, issue.severity());
        assertEquals(Issue.QUARANTINED, issue.action());
        assertEquals("plans/sub/bad.csv", issue.file());
        assertEquals(line, issue.line());
        assertEquals(column, issue.column());
        return issue;
    }

    private PlanTask onlyTask(String content) throws Exception {
        PlanReading reading = readWith(content);
        assertEquals(List.of("plans/2024.csv", "plans/sub/bad.csv"), reading.acceptedFiles(), reading.issues().toString());
        List<PlanTask> tasks = reading.tasks().stream().filter(task -> task.file().equals("plans/sub/bad.csv")).toList();
        assertEquals(1, tasks.size());
        return tasks.get(0);
    }

    @Test
    void theExamplePlanIsAcceptedWithoutAWarning() throws Exception {
        PlanReading reading = PlanReader.read(input, reference);
        assertEquals(List.of("plans/2024.csv"), reading.acceptedFiles());
        assertEquals(List.of(), reading.quarantinedFiles());
        assertEquals(10, reading.tasks().size());
        // Until the contract of 2026-12-07, line 5's "Khi có hướng dẫn của Bộ Nội vụ" was not understood (a warning);
        // it is an ongoing phrase now.
        assertEquals(List.of(), reading.issues());
        PlanTask line5 = reading.tasks().stream().filter(task -> task.line() == 5).findFirst().orElseThrow();
        assertEquals("Khi có hướng dẫn của Bộ Nội vụ", line5.deadline());
        assertTrue(line5.deadlineUnderstood());
        assertEquals(List.of(), line5.dueDates());
    }

    @Test
    void noPlansFolderReadsNothing() throws Exception {
        Files.delete(input.resolve("plans/2024.csv"));
        Files.delete(input.resolve("plans"));
        PlanReading reading = PlanReader.read(input, reference);
        assertEquals(List.of(), reading.tasks());
        assertEquals(List.of(), reading.acceptedFiles());
        assertEquals(List.of(), reading.issues());
    }

    @Test
    void unknownUnit() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,Sở Tư phap,2024,,1,t,o,l,p,30/6,\n"), "unknown_unit", 2, "unit");
        assertTrue(issue.message().contains("closest known: Sở Tư pháp"), issue.message());
    }

    @Test
    void unitOfAnotherProvince() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,VN-MAU,2024,,,t,o,l,p,30/6,\n"), "unit_in_other_province", 2, "unit");
    }

    @Test
    void unknownCode() throws Exception {
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,STP,2024,,1.1,t,o,l,p,30/6,\nTỉnh Mẫu,STP,2024,,1.3,t,o,l,p,30/6,\n"),
                "unknown_code", 3, "code");
        assertTrue(issue.message().contains("'1.3'"), issue.message());
    }

    @Test
    void aCodeOfTheTotalIsNotAnItem() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,STP,2024,,TOTAL,t,o,l,p,30/6,\n"), "unknown_code", 2, "code");
    }

    @Test
    void unknownProvince() throws Exception {
        single(rejected(HEADER + "Tỉnh Khác,STP,2024,,,t,o,l,p,30/6,\n"), "unknown_province", 2, "province");
    }

    @Test
    void unknownIndex() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,STP,2024,PCI,,t,o,l,p,30/6,\n"), "unknown_index", 2, "index");
    }

    @Test
    void planYearThatIsNotAYear() throws Exception {
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,STP,2024,,,t,o,l,p,30/6,\nTỉnh Mẫu,STP,năm 2024,,,t,o,l,p,30/6,\n"
                + "Tỉnh Mẫu,STP,24,,,t,o,l,p,30/6,\n");
        List<Issue> bad = issues.stream().filter(issue -> issue.rule().equals("bad_year")).toList();
        assertEquals(List.of(3, 4), bad.stream().map(Issue::line).toList());
        assertTrue(bad.stream().allMatch(issue -> issue.column().equals("plan_year")));
    }

    @Test
    void doneOnThatIsNotADate() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,STP,2024,,,t,o,l,p,30/6,xong\n"), "bad_date", 2, "done_on");
    }

    @Test
    void doneOnThatDoesNotExist() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,STP,2024,,,t,o,l,p,30/6,2024-02-30\n"), "bad_date", 2, "done_on");
    }

    @Test
    void theLineIsWhereAMultiLineRecordStarts() throws Exception {
        single(rejected(HEADER + "Tỉnh Mẫu,STP,2024,,,\"a task\nover two lines\",o,l,p,30/6,\n"
                + "Tỉnh Mẫu,Không có,2024,,,t,o,l,p,30/6,\n"), "unknown_unit", 4, "unit");
    }

    @Test
    void everyErrorOfARecordIsReported() throws Exception {
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,Không có,2024,XYZ,,t,o,l,p,30/6,hôm qua\n");
        assertEquals(List.of("unknown_index", "bad_date", "unknown_unit"), issues.stream().map(Issue::rule).toList());
    }

    @Test
    void missingRequiredColumnQuarantinesTheFile() throws Exception {
        Issue issue = single(rejected("province,unit,plan_year,task\nTỉnh Mẫu,STP,2024,t\n"), "missing_column", 1, "");
        assertTrue(issue.message().contains("deadline"), issue.message());
    }

    @Test
    void extraValuesBeyondTheHeader() throws Exception {
        List<Issue> issues = rejected(HEADER + "Tỉnh Mẫu,STP,2024,,,Rà soát, cập nhật,o,l,p,30/6,2024-06-01\n");
        single(issues, "extra_fields", 2, "");
        assertEquals(1, issues.size(), "the shifted values are not reported again: " + issues);
    }

    @Test
    void notUtf8() throws Exception {
        byte[] latin1 = (HEADER + "Tỉnh Mẫu,STP,2024,,,Rà soát,o,l,p,30/6,\n").getBytes(StandardCharsets.ISO_8859_1);
        PlanReading reading = readWith("plans/sub/bad.csv", latin1);
        assertEquals(List.of("plans/sub/bad.csv"), reading.quarantinedFiles());
        assertEquals("not_utf8", reading.issues().stream().filter(i -> i.file().equals("plans/sub/bad.csv"))
                .findFirst().orElseThrow().rule());
    }

    @Test
    void aDeadlineOutsideTheGrammarWarnsAndKeepsTheTask() throws Exception {
        PlanReading reading = readWith(HEADER + "Tỉnh Mẫu,STP,2024,,,t,o,l,p,sau khi có kết quả,\n");
        assertEquals(List.of(), reading.quarantinedFiles());
        Issue warning = reading.issues().stream().filter(i -> i.file().equals("plans/sub/bad.csv")).findFirst().orElseThrow();
        assertEquals(Issue.Severity.WARNING, warning.severity());
        assertEquals("deadline_not_understood", warning.rule());
        assertEquals(2, warning.line());
        assertEquals("deadline", warning.column());
        PlanTask task = reading.tasks().stream().filter(t -> t.file().equals("plans/sub/bad.csv")).findFirst().orElseThrow();
        assertEquals(List.of(), task.dueDates());
        assertEquals("sau khi có kết quả", task.deadline());
        assertFalse(task.deadlineUnderstood());
        assertTrue(warning.message().contains("'sau khi có kết quả'"), warning.message());
    }

    @Test
    void semicolonFileWithBomAndHeaderInAnyCaseAndExtraColumns() throws Exception {
        String text = "\uFEFFSTT;Province;UNIT;Plan_Year;Index;Code;Task;Output;Lead;Partners;Deadline;Done_On;Ghi chú\n"
                + "1;Tỉnh Mẫu;Sở TP;2024;sipas;;Khảo sát;Báo cáo;Văn phòng;Các phòng;Quý II;15/6/2024;x\n";
        PlanTask task = onlyTask(text);
        assertEquals("X-TP", task.unitId());
        assertEquals(ScoreIndex.SIPAS, task.index());
        assertEquals("", task.code());
        assertEquals(List.of(LocalDate.of(2024, 6, 30)), task.dueDates());
        assertEquals(LocalDate.of(2024, 6, 15), task.doneOn());
        assertEquals("Văn phòng", task.lead());
        assertEquals("Các phòng", task.partners());
        assertEquals("Báo cáo", task.output());
    }

    @Test
    void onlyTheRequiredColumnsAreNeeded() throws Exception {
        PlanTask task = onlyTask("province,unit,plan_year,task,deadline\nTỉnh Mẫu,STP,2024,t,Năm 2024\n");
        assertEquals(ScoreIndex.PAR, task.index());
        assertEquals("", task.code());
        assertEquals("", task.lead());
        assertNull(task.doneOn());
    }

    @Test
    void decomposedTextIsReadAsComposed() throws Exception {
        String nfd = Normalizer.normalize(HEADER + "Tỉnh Mẫu,Sở Tư pháp,2024,,2,Rà soát,o,Phòng Văn bản,p,Tháng 3,\n",
                Normalizer.Form.NFD);
        PlanTask task = onlyTask(nfd);
        assertEquals("X-TP", task.unitId());
        assertEquals("Tỉnh Mẫu", task.province());
        assertEquals("Rà soát", task.task());
        assertEquals("Phòng Văn bản", task.lead());
        assertEquals(List.of(LocalDate.of(2024, 3, 31)), task.dueDates());
    }

    @Test
    void aSharedShortNameIsTheUnitValidInThePlanYear() throws Exception {
        assertEquals("X-KHCN", onlyTask(HEADER + "Tỉnh Mẫu,SKHCN,2023,,,t,o,l,p,30/6,\n").unitId());
    }

    @Test
    void aUnitNotYetScoredInThePlanYearIsTheOnlyUnitOfThatName() throws Exception {
        // X-TP exists from 2023; a plan for 2022 still names it, and code 1.1 comes from another year's tree.
        PlanTask task = onlyTask(HEADER + "Tỉnh Mẫu,Sở Tư pháp,2022,,1.1,t,o,l,p,30/6,\n");
        assertEquals("X-TP", task.unitId());
        assertEquals("1.1", task.code());
        assertEquals(List.of(LocalDate.of(2022, 6, 30)), task.dueDates());
    }

    @Test
    void aNameOfSeveralUnitsOfOtherYearsIsAnError() throws Exception {
        // SKHCN is X-KHCN until 2023 and X-KHCN2 from 2024; in 2022 neither exists.
        Issue issue = single(rejected(HEADER + "Tỉnh Mẫu,SKHCN,2022,,,t,o,l,p,30/6,\n"), "ambiguous_unit", 2, "unit");
        assertTrue(issue.message().contains("X-KHCN (2023–2023)") && issue.message().contains("X-KHCN2 (2024–)"),
                issue.message());
    }
}
