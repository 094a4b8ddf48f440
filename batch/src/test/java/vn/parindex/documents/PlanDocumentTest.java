package vn.parindex.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.plans.PlanReader;
import vn.parindex.plans.PlanReading;
import vn.parindex.plans.PlanTask;
import vn.parindex.quality.Issue;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataLoader;

/**
 * Seed 000's plan (Lào Cai, Sở Thông tin và Truyền thông, 2023) as its department writes it: a two-column heading
 * table, the title, prose, and the Phụ lục task table of the seed — its group rows I…IX, its continuation rows, the
 * header typed again where the seed's pages break, task 2 of group V with 2.1 and 2.2 under it — as a Word file and
 * as the PDF LibreOffice Writer prints of it (over several pages, the header repeated). Both give the same 41 tasks,
 * read against the bundled reference data.
 */
class PlanDocumentTest {
    private static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();
    @TempDir
    static Path dir;
    private static Path input;
    private static ReferenceData reference;
    private static Path docx;
    private static Path pdf;

    @BeforeAll
    static void writeThePlan() throws IOException {
        input = dir.resolve("input");
        for (String file : List.of("units.csv", "methodology.csv")) {
            TestInputs.write(input.resolve("reference/" + file), Files.readAllBytes(DATA.resolve("reference/" + file)));
        }
        reference = ReferenceDataLoader.load(input);
        docx = seedPlan().save(dir.resolve("made/KH-CCHC-2023.docx"));
        pdf = LibreOffice.toPdf(docx, dir.resolve("writer"));
        TestInputs.keep(List.of(docx, pdf), "documents/plan");
    }

    static WordAnnex seedPlan() {
        WordAnnex plan = new WordAnnex(6, true).table(7000, 7000);
        plan.bodyRow("UBND TỈNH LÀO CAI\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        plan.paragraph("Số: /KH-STTTT").paragraph("Lào Cai, ngày 12 tháng 4 năm 2023").paragraph("KẾ HOẠCH")
                .paragraph("Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính (Par Index)")
                .paragraph("tại Sở Thông tin và Truyền thông năm 2023")
                .prose("Thực hiện Kế hoạch số 164/KH-UBND ngày 22/3/2023 của UBND tỉnh Lào Cai về việc Duy trì, cải"
                        + " thiện và nâng cao Chỉ số cải cách hành chính cấp tỉnh năm 2023 …")
                .prose("III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN (Có Biểu chi tiết kèm theo)")
                .paragraph("Phụ lục").paragraph("NHIỆM VỤ, GIẢI PHÁP")
                .paragraph("(Kèm theo Kế hoạch số /KH-STTTT ngày 12/4/2023 của Sở Thông tin và Truyền thông)")
                .table(700, 4600, 3300, 2300, 2600, 1800).rowsWhole();
        boolean first = true;
        for (String line : seedTable()) {
            List<Object> cells = new ArrayList<>(List.of((Object[]) line.split("\t", -1)));
            cells.replaceAll(cell -> cell.toString().replace("\\n", "\n"));
            if (first) {
                plan.headerRow(cells.toArray());
                first = false;
            } else {
                plan.row(cells);
            }
        }
        return plan;
    }

    /** The seed's task table, one row a line, cells by tabs (the header again where the seed's pages break). */
    static List<String> seedTable() {
        try (var in = PlanDocumentTest.class.getResourceAsStream("/plans/seed-000-tasks.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlanReading read(Path file) throws IOException {
        Path copy = TestInputs.write(input.resolve("plans/" + file.getFileName()), Files.readAllBytes(file));
        try {
            return PlanReader.read(input, List.of(copy), reference);
        } finally {
            Files.delete(copy);
        }
    }

    /** A task without the file it came from; texts without white space (a PDF line may break inside a URL). */
    private static String task(PlanTask task) {
        return Stream.of(task.unitId(), task.planYear(), task.index(), task.code(), task.line(),
                task.task().replaceAll("\\s", ""), task.output().replaceAll("\\s", ""),
                task.lead().replaceAll("\\s", ""), task.partners().replaceAll("\\s", ""), task.deadline(),
                task.dueDates(), task.doneOn()).map(String::valueOf).collect(Collectors.joining(" | "));
    }

    @Test
    void theWordFileGivesTheSeedsTasks() throws Exception {
        PlanReading reading = read(docx);

        assertEquals(List.of(), reading.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList());
        List<PlanTask> tasks = reading.tasks();
        assertEquals(41, tasks.size(), reading.readings().toString());
        PlanTask first = tasks.get(0);
        assertEquals("LCI-STTTT 2023 PAR code 1 line 1 Thường xuyên", first.unitId() + " " + first.planYear() + " "
                + first.index() + " code " + first.code() + " line " + first.line() + " " + first.deadline());
        // The row continued on the next page joins task 2: its text and its partner Nguyễn Hồng Quang.
        PlanTask second = tasks.get(1);
        assertTrue(second.task().endsWith("(được theo dõi trên phần mềm http://chidaodieuhanh.laocai.gov.vn) và các"
                + " thông báo kết luận của Thường trực Tỉnh ủy, UBND tỉnh."), second.task());
        assertTrue(second.partners().endsWith("Vũ Hữu Thắng; Nguyễn Hồng Quang"), second.partners());
        assertEquals("Trước ngày 20 hàng tháng", second.deadline());
        // Group rows give the codes; IX ("Biện pháp cải thiện chỉ số CCHC, chỉ số PAPI") names no domain.
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", ""), tasks.stream().map(PlanTask::code).distinct()
                .toList());
        // "2. Triển khai kế hoạch đào tạo …" with 2.1 and 2.2 under it is a heading; 2.1 and 2.2 are tasks.
        assertTrue(tasks.stream().noneMatch(t -> t.task().startsWith("Triển khai kế hoạch đào tạo")));
        assertTrue(tasks.stream().anyMatch(t -> t.task().equals("1. Đặt hàng dịch vụ đào tạo")
                && t.dueDates().toString().equals("[2023-09-30, 2023-11-30]")), tasks.toString());
        // An unnumbered row with its own lead and deadline is a task of its own.
        assertTrue(tasks.stream().anyMatch(t -> t.task().startsWith("Việc thực hiện Đề án văn hóa công vụ")
                && t.code().equals("5")));
        assertEquals(List.of(), reading.issues().stream().filter(i -> i.rule().equals("deadline_not_understood"))
                .toList());
        String description = String.join("\n", reading.readings().get(0).description());
        assertTrue(description.contains("unit LCI-STTTT Sở Thông tin và Truyền thông (from the heading), plan year"
                + " 2023 (from the title), index PAR"), description);
        assertTrue(description.contains("group IX at table 2, row "), description);
    }

    @Test
    void thePdfPrintedFromItGivesTheSameTasks() throws Exception {
        PlanReading fromWord = read(docx);
        PlanReading fromPdf = read(pdf);

        assertEquals(List.of(), fromPdf.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList());
        String description = String.join("\n", fromPdf.readings().get(0).description());
        assertTrue(description.startsWith("table on pages "), description);
        assertEquals(fromWord.tasks().stream().map(PlanDocumentTest::task).toList(),
                fromPdf.tasks().stream().map(PlanDocumentTest::task).toList(), description);
    }
}
