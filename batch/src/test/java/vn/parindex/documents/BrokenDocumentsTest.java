package vn.parindex.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.grid.ReadProblem;
import vn.parindex.quality.Issue;
import vn.parindex.workbook.Annex;
import vn.parindex.workbook.BrokenFiles;
import vn.parindex.workbook.BrokenWorkbooksTest;
import vn.parindex.workbook.PublishedWorkbookTest;

/** Each refused document is quarantined within seconds with its own reason; the example's files stay accepted. */
class BrokenDocumentsTest {
    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
    }

    private Issue quarantined(String name, byte[] content) throws Exception {
        return BrokenWorkbooksTest.quarantinedAlone(input, name, content);
    }

    @Test
    void aScanWithoutTextLayer_isRefusedInAboutASecondSayingWhatToDo() throws Exception {
        Path warm = TestInputs.write(dir.resolve("warm.pdf"), BrokenDocuments.passwordPdf());
        Path scan = TestInputs.write(dir.resolve("scan.pdf"), BrokenDocuments.scan());
        try {
            new PdfGrids().read(warm); // loads PDFBox's classes, as the run's first PDF does
        } catch (ReadProblem expected) {
            assertEquals("encrypted_document", expected.rule());
        }
        long started = System.nanoTime();
        String rule = "";
        try {
            new PdfGrids().read(scan);
        } catch (ReadProblem problem) {
            rule = problem.rule();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals("no_text_layer", rule);
        assertTrue(millis < 1_500, "the scan took " + millis + " ms");

        Issue issue = quarantined("PL01-2024-scan.pdf", BrokenDocuments.scan());
        assertEquals("no_text_layer", issue.rule());
        assertTrue(issue.message().contains("type them into a .csv or .xlsx, or use the Word file"), issue.message());
    }

    @Test
    void aPasswordProtectedPdf() throws Exception {
        assertEquals("encrypted_document", quarantined("secret.pdf", BrokenDocuments.passwordPdf()).rule());
    }

    @Test
    void aDamagedPdf() throws Exception {
        assertEquals("damaged_document", quarantined("damaged.pdf", BrokenDocuments.damagedPdf()).rule());
    }

    @Test
    void aPasswordProtectedWordFile() throws Exception {
        byte[] docx = DocumentAnnexTest.wordAnnex().bytes();
        assertEquals("encrypted_document", quarantined("secret.docx", BrokenDocuments.passwordDocx(docx)).rule());
    }

    @Test
    void filesThatAreNotWhatTheirNameSays() throws Exception {
        Issue text = quarantined("text.pdf", BrokenFiles.textNamedXlsx());
        assertEquals("not_a_document", text.rule());
        java.nio.file.Files.delete(input.resolve("scores/text.pdf"));
        Issue workbook = quarantined("workbook.docx",
                PublishedWorkbookTest.publishedAnnex(Annex.xlsx(PublishedWorkbookTest.WIDTH)).bytes());
        assertEquals("not_a_document", workbook.rule());
        assertTrue(workbook.message().contains("it is an Excel workbook: name it .xlsx"), workbook.message());
    }

    @Test
    void aZipBombNamedDocx() throws Exception {
        assertEquals("zip_bomb", quarantined("bomb.docx", BrokenFiles.zipBomb()).rule());
    }

    @Test
    void anOldDocFile_isRefusedWithWhatToDo() throws Exception {
        Issue issue = quarantined("PL01.doc", BrokenDocuments.passwordDocx(new byte[10]));
        assertEquals("old_word_format", issue.rule());
        assertTrue(issue.message().contains("save it as a Word document (.docx)"), issue.message());
    }
}
