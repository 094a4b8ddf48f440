package vn.parindex.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.ingest.IngestResult;
import vn.parindex.ingest.StagedScore;
import vn.parindex.quality.Issue;
import vn.parindex.read.ReadingSummary;
import vn.parindex.validation.Validation;
import vn.parindex.workbook.Annex;
import vn.parindex.workbook.PublishedWorkbookTest;

/**
 * One published annex made the ways provinces make it — a workbook, a Word file, and each printed to PDF by
 * LibreOffice (Calc, Writer) — read to the same rows. Its unit rows are tall, so each PDF runs over pages with its
 * header repeated. Reference data: the contract's example (Tỉnh Mẫu 2024).
 */
class DocumentAnnexTest {
    @TempDir
    static Path dir;
    private static Path input;
    private static Path xlsx;
    private static Path docx;
    private static Path xlsxPdf;
    private static Path docxPdf;

    @BeforeAll
    static void makeTheAnnexFourWays() {
        input = TestInputs.copyExampleInput(dir);
        xlsx = PublishedWorkbookTest.publishedAnnex(Annex.xlsx(PublishedWorkbookTest.WIDTH).landscape()
                .repeatRows(4, 6).borders(4, 10).printable(5, 24, 16, 14, 12, 14, 9, 10, 8).rowHeight(160))
                .save(dir.resolve("made/PL01-2024.xlsx"));
        docx = wordAnnex().save(dir.resolve("made/PL01-2024.docx"));
        xlsxPdf = LibreOffice.toPdf(xlsx, dir.resolve("calc"));
        docxPdf = LibreOffice.toPdf(docx, dir.resolve("writer"));
        TestInputs.keep(List.of(xlsx, docx, xlsxPdf, docxPdf), "documents/annex");
    }

    /** The annex of {@link PublishedWorkbookTest#publishedAnnex} as the decision's Word file lays it out. */
    static WordAnnex wordAnnex() {
        return new WordAnnex(PublishedWorkbookTest.WIDTH, true)
                .paragraph("ỦY BAN NHÂN DÂN TỈNH MẪU")
                .paragraph("KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ, BAN, NGÀNH")
                .paragraph("(Kèm theo Quyết định số 456/QĐ-UBND ngày 20 tháng 3 năm 2025 của UBND tỉnh)")
                .table(700, 3000, 1900, 1900, 1900, 1900, 1200, 1400, 1000)
                .headerRow(new WordAnnex.Span("STT", 1, true), new WordAnnex.Span("Tên cơ quan, đơn vị", 1, true),
                        new WordAnnex.Span("Điểm đạt được theo lĩnh vực", 4, false),
                        new WordAnnex.Span("Tổng điểm", 1, true), new WordAnnex.Span("Chỉ số CCHC (%)", 1, true),
                        new WordAnnex.Span("Xếp thứ", 1, true))
                .headerRow(WordAnnex.CONTINUE, WordAnnex.CONTINUE, "I. Công tác chỉ đạo điều hành\n(10)",
                        "Cải cách thể chế (9 điểm)", "Tài chính công\n(11,0)", "Điều tra xã hội học",
                        WordAnnex.CONTINUE, WordAnnex.CONTINUE, WordAnnex.CONTINUE)
                .headerRow("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
                .bodyRow(new WordAnnex.Span("I. CÁC SỞ, BAN, NGÀNH", PublishedWorkbookTest.WIDTH, false))
                .tallRow(3200, "1", "Sở Nội vụ", "9,5", "9", "10", "60.5", "89", "89", "1")
                .tallRow(3200, "2", "SKHCN", "8.25", "7", "9,5", "63", "87,75", "87,75", "2")
                .tallRow(3200, "3", "Sở Tư\npháp", "9", "8", "-", "61", "78", "87.64", "3")
                .paragraph("Ghi chú: điểm lĩnh vực Tài chính công không đánh giá đối với Sở Tư pháp.");
    }

    private static IngestResult ingest(Path file) throws Exception {
        Path copy = TestInputs.write(input.resolve("scores/" + file.getParent().getFileName() + "-"
                + file.getFileName()), java.nio.file.Files.readAllBytes(file));
        return Validation.read(input, List.of(copy)).result();
    }

    /** Unit, code and value of every accepted row, and its provenance and source. */
    private static Set<String> facts(Path file) throws Exception {
        IngestResult result = ingest(file);
        assertEquals(List.of(), result.issues().stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList(),
                file.toString());
        Set<String> facts = new TreeSet<>();
        for (StagedScore row : result.accepted()) {
            facts.add(row.tier().code() + " " + row.year() + " " + row.unitId() + " " + row.index() + " "
                    + row.code() + "=" + row.valueText() + " " + row.provenance());
        }
        return facts;
    }

    private static String description(Path file) throws Exception {
        Path copy = TestInputs.write(input.resolve("scores/described/" + file.getFileName()),
                java.nio.file.Files.readAllBytes(file));
        List<ReadingSummary> readings = Validation.report(input, List.of(copy)).readings();
        return readings.get(0).kind() + ": " + String.join("\n", readings.get(0).description());
    }

    @Test
    void theWorkbookTheWordFileAndBothPdfs_giveTheSameRows() throws Exception {
        Set<String> fromWorkbook = facts(xlsx);
        assertEquals(18, fromWorkbook.size(), fromWorkbook.toString());

        assertEquals(fromWorkbook, facts(docx), description(docx));
        assertEquals(fromWorkbook, facts(xlsxPdf), description(xlsxPdf));
        assertEquals(fromWorkbook, facts(docxPdf), description(docxPdf));
    }

    @Test
    void validate_saysWhichTableOnWhichPagesWasReadAndHow() throws Exception {
        String pdf = description(docxPdf);
        assertTrue(pdf.startsWith("a PDF: table on pages 1–"), pdf);
        assertTrue(pdf.contains("province Tỉnh Mẫu (from the title), year 2024 (from the title), index PAR;"
                + " header at row 1–2, body from row 4; 3 unit row(s) (3 department)"), pdf);
        assertTrue(pdf.contains("column 3 'I. Công tác chỉ đạo điều hành (10)' = domain 1"), pdf);
        assertTrue(pdf.endsWith("source: PL01-2024.pdf, QĐ 456/QĐ-UBND"), pdf);
        String word = description(docx);
        assertTrue(word.startsWith("a Word document: table 1: province Tỉnh Mẫu (from the title)"), word);
    }
}
