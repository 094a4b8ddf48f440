package vn.parindex.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;
import vn.parindex.workbook.PublishedWorkbookRunTest;

/**
 * The real nightly job twice on the contract's example: once with its 2024 scores and Sở Tư pháp's plan typed as CSV,
 * once with the annex as the PDF Calc prints of the published workbook in scores/ and the plan as the department's
 * Word file in plans/. The snapshots' extracts are the same — the task list too, but for the file and line it names.
 */
class DocumentsRunTest {
    private static final String PLAN_CSV = """
            province,unit,plan_year,index,code,task,output,lead,partners,deadline,done_on
            Tỉnh Mẫu,Sở Tư pháp,2024,,1.2,Ban hành kế hoạch CCHC năm 2024,Kế hoạch,Văn phòng Sở,Các phòng,Tháng 12/2023,2024-01-10
            Tỉnh Mẫu,STP,2024,PAR,3,Tự kiểm tra tài chính công,Báo cáo,Phòng Kế hoạch - Tài chính,,Quý I/2024,28/3/2024
            Tỉnh Mẫu,Sở Tư pháp,2024,,2,Rà soát văn bản QPPL,Báo cáo rà soát,Phòng Văn bản,,15/7/2024,
            Tỉnh Mẫu,Sở Tư pháp,2024,,,Xây dựng mô hình điểm về CCHC,Mô hình,Giám đốc Sở,,Khi có hướng dẫn của Bộ Nội vụ,
            """;

    @TempDir
    Path dir;

    /** Sở Tư pháp's plan as the department writes it: heading table, title, the task table by domain. */
    static WordAnnex planOfTheJusticeDepartment() {
        WordAnnex plan = new WordAnnex(8, true).table(7000, 7000);
        plan.bodyRow("UBND TỈNH MẪU\nSỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        return plan.paragraph("Số: 15/KH-STP").paragraph("Tỉnh Mẫu, ngày 5 tháng 1 năm 2024").paragraph("KẾ HOẠCH")
                .paragraph("Cải thiện Chỉ số cải cách hành chính năm 2024")
                .table(600, 3800, 1900, 2200, 1600, 2000, 1500, 900)
                .headerRow("STT", "Nội dung nhiệm vụ", "Sản phẩm đầu ra", "Đơn vị chủ trì", "Đơn vị phối hợp",
                        "Thời gian thực hiện", "Ngày hoàn thành", "Tiêu chí")
                .bodyRow(new WordAnnex.Span("I", 1, false), new WordAnnex.Span("Công tác chỉ đạo điều hành", 7, false))
                .bodyRow("1.", "Ban hành kế hoạch CCHC năm 2024", "Kế hoạch", "Văn phòng Sở", "Các phòng",
                        "Tháng 12/2023", "10/1/2024", "1.2")
                .bodyRow(new WordAnnex.Span("II", 1, false), new WordAnnex.Span("Lĩnh vực “Tài chính công”", 7, false))
                .bodyRow("1.", "Tự kiểm tra tài chính công", "Báo cáo", "Phòng Kế hoạch - Tài chính", "", "Quý I/2024",
                        "28/3/2024", "")
                .bodyRow(new WordAnnex.Span("III", 1, false), new WordAnnex.Span("Cải cách thể chế:", 7, false))
                .bodyRow("1.", "Rà soát văn bản QPPL", "Báo cáo rà soát", "Phòng Văn bản", "", "15/7/2024", "", "")
                .bodyRow(new WordAnnex.Span("IV", 1, false), new WordAnnex.Span("Nhiệm vụ chung", 7, false))
                .bodyRow("1.", "Xây dựng mô hình điểm về CCHC", "Mô hình", "Giám đốc Sở", "",
                        "Khi có hướng dẫn của\nBộ Nội vụ", "", "");
    }

    private Path typedInput() throws Exception {
        Path input = TestInputs.copyExampleInput(dir.resolve("typed"));
        Files.delete(input.resolve("plans/2024.csv"));
        TestInputs.write(input.resolve("plans/STP-2024.csv"), PLAN_CSV);
        return input;
    }

    private Path documentsInput() throws Exception {
        Path input = TestInputs.copyExampleInput(dir.resolve("documents"));
        Files.delete(input.resolve("scores/2024.csv"));
        Files.delete(input.resolve("plans/2024.csv"));
        Path xlsx = PublishedWorkbookRunTest.annex2024().landscape().borders(4, 10)
                .printable(5, 36, 16, 16, 16, 16).save(dir.resolve("made/PL01-ket-qua-CCHC-2024.xlsx"));
        Path pdf = LibreOffice.toPdf(xlsx, dir.resolve("printed"));
        TestInputs.write(input.resolve("scores/2024/" + pdf.getFileName()), Files.readAllBytes(pdf));
        TestInputs.write(input.resolve("scores/2024/tieu-chi.csv"), PublishedWorkbookRunTest.CRITERIA_2024);
        planOfTheJusticeDepartment().save(input.resolve("plans/STP-2024.docx"));
        TestInputs.keep(List.of(pdf, input.resolve("plans/STP-2024.docx")), "documents/run");
        return input;
    }

    private static RunOutcome run(Path input, Path warehouse) {
        return NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", false, TestInputs.AS_OF),
                RepositorySettings.h2In(warehouse));
    }

    @Test
    void theAnnexAsPdfAndThePlanAsWord_giveTheSnapshotOfTheTypedCsv() throws Exception {
        Path typed = dir.resolve("warehouse-typed");
        Path documents = dir.resolve("warehouse-documents");

        RunOutcome fromCsv = run(typedInput(), typed);
        RunOutcome fromDocuments = run(documentsInput(), documents);

        assertEquals(RunOutcome.OK, fromCsv.exitCode(), fromCsv.summary());
        assertEquals(RunOutcome.OK, fromDocuments.exitCode(), fromDocuments.summary());
        for (String name : TestInputs.EXTRACTS) {
            Path a = typed.resolve("current/extracts/" + name + ".csv");
            Path b = documents.resolve("current/extracts/" + name + ".csv");
            if (name.equals("task_status")) {
                assertEquals(withoutFileAndLine(a), withoutFileAndLine(b));
                assertEquals(4, TestInputs.readCsv(b).size());
            } else {
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), name + ".csv differs");
            }
        }
    }

    private static List<String> withoutFileAndLine(Path taskStatus) {
        return TestInputs.readCsv(taskStatus).stream().map(row -> row.entrySet().stream()
                .filter(e -> !e.getKey().equals("file") && !e.getKey().equals("line"))
                .map(Map.Entry::toString).collect(Collectors.joining(", "))).toList();
    }
}
