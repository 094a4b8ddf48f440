package vn.parindex.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.ingest.IngestResult;
import vn.parindex.quality.Issue;
import vn.parindex.validation.Validation;

/** Each broken file is quarantined within seconds with its own reason, and the example's files stay accepted. */
public class BrokenWorkbooksTest {
    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void copyExample() {
        input = TestInputs.copyExampleInput(dir);
    }

    /** Ingests the whole folder with the file added; returns its one problem. */
    private Issue quarantined(String name, byte[] content) throws Exception {
        return quarantinedAlone(input, name, content);
    }

    /**
     * Ingests the example's folder with the file added to scores/: it is quarantined within seconds with exactly one
     * problem, and the example's own files are accepted. Returns that problem.
     */
    public static Issue quarantinedAlone(Path input, String name, byte[] content) throws Exception {
        TestInputs.write(input.resolve("scores/" + name), content);
        long started = System.nanoTime();
        IngestResult result = Validation.read(input, List.of()).result();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis < 10_000, name + " took " + millis + " ms");
        assertEquals(List.of("scores/" + name), result.quarantinedFiles());
        assertEquals(List.of("scores/2023.csv", "scores/2024.csv", "scores/national.csv"), result.acceptedFiles());
        List<Issue> issues = result.issues().stream().filter(issue -> issue.file().equals("scores/" + name)).toList();
        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Issue.QUARANTINED, issues.get(0).action());
        return issues.get(0);
    }

    @Test
    void aZipBomb() throws Exception {
        Issue issue = quarantined("bomb-2024.xlsx", BrokenFiles.zipBomb());
        assertEquals("zip_bomb", issue.rule(), issue.toString());
    }

    @Test
    void anEncryptedWorkbook() throws Exception {
        Issue issue = quarantined("secret-2024.xlsx", BrokenFiles.encrypted());
        assertEquals("encrypted_workbook", issue.rule(), issue.toString());
    }

    @Test
    void aTruncatedWorkbook() throws Exception {
        Issue issue = quarantined("cut-2024.xlsx", BrokenFiles.truncated());
        assertEquals("truncated_workbook", issue.rule(), issue.toString());
    }

    @Test
    void aTextFileNamedXlsx() throws Exception {
        Issue issue = quarantined("text-2024.xlsx", BrokenFiles.textNamedXlsx());
        assertEquals("not_a_workbook", issue.rule(), issue.toString());
        assertTrue(issue.message().contains("name it .csv"), issue.message());
    }

    @Test
    void anEnormousSheet() throws Exception {
        Issue issue = quarantined("huge-2024.xlsx", BrokenFiles.enormousSheet());
        assertEquals("sheet_too_large", issue.rule(), issue.toString());
    }

    @Test
    void xmlWithAnExternalEntity() throws Exception {
        Issue issue = quarantined("xxe-2024.xlsx", BrokenFiles.externalEntity());
        assertEquals("xml_entities_refused", issue.rule(), issue.toString());
        assertTrue(!issue.message().contains("root:"), "nothing of the entity's target is read");
    }

    @Test
    void theGoodAnnexTheseAreMadeFrom_isAccepted() throws Exception {
        TestInputs.write(input.resolve("scores/good-2024.xlsx"), BrokenFiles.goodAnnex());
        IngestResult result = Validation.read(input, List.of()).result();
        assertEquals(List.of(), result.quarantinedFiles(), result.issues().toString());
        assertEquals(1, result.accepted().stream().filter(row -> row.file().equals("scores/good-2024.xlsx")).count());
    }
}
