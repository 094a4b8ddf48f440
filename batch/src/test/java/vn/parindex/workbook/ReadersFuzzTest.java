package vn.parindex.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.TestInputs;
import vn.parindex.documents.DocumentFixtures;
import vn.parindex.documents.LibreOffice;
import vn.parindex.annex.AnnexReader;
import vn.parindex.annex.AnnexReading;
import vn.parindex.ingest.IngestResult;
import vn.parindex.read.ScoreLine;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.validation.Validation;

/**
 * Fuzz tests: whatever bytes arrive, the CSV, workbook, Word and PDF readers answer within seconds with lines or reported input
 * errors: no hang, no exception escaping, every file either accepted or quarantined. Inputs come from seeded random
 * generators, so a failure names the seed that reproduces it.
 */
class ReadersFuzzTest {
    private static final long SEED = 20261123L;
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static Path dir;
    private static Path input;
    private static ReferenceData reference;
    private static byte[] xlsx;
    private static byte[] xls;
    private static byte[] docx;
    private static byte[] pdf;

    @BeforeAll
    static void exampleInput() throws IOException {
        dir = Files.createTempDirectory("parindex-properties");
        input = TestInputs.copyExampleInput(dir);
        reference = ReferenceDataLoader.load(input);
        xlsx = PublishedWorkbookTest.publishedAnnex(Annex.xlsx(9)).bytes();
        xls = PublishedWorkbookTest.publishedAnnex(Annex.xls(9)).bytes();
        docx = DocumentFixtures.wordAnnex();
        pdf = Files.readAllBytes(LibreOffice.toPdf(TestInputs.write(dir.resolve("made/PL01.docx"), docx),
                dir.resolve("printed")));
    }

    @AfterAll
    static void removeInput() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void anyTextAsACsvIsAcceptedOrQuarantined() {
        Random random = new Random(SEED);
        for (int i = 0; i < 300; i++) {
            assertIngested("fuzz.csv", csvLike(random).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anyBytesAsACsvAreAcceptedOrQuarantined() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 100; i++) {
            assertIngested("fuzz.csv", bytes(random, random.nextInt(2001)));
        }
    }

    @Test
    void aDamagedXlsxIsReadOrReported() {
        fuzzDamaged("fuzz.xlsx", xlsx, SEED + 2, 150);
    }

    @Test
    void aDamagedXlsIsReadOrReported() {
        fuzzDamaged("fuzz.xls", xls, SEED + 3, 100);
    }

    /** A valid workbook overwritten with random bytes at a random place, or cut there. */
    private static void fuzzDamaged(String name, byte[] workbook, long seed, int tries) {
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            assertWorkbookRead(name, damaged(workbook, random.nextInt(1_000_001), bytes(random, 1 + random.nextInt(64)),
                    random.nextBoolean()));
        }
    }

    @Test
    void aDamagedDocxIsReadOrReported() {
        fuzzDamaged("fuzz.docx", docx, SEED + 5, 100);
    }

    @Test
    void aDamagedPdfIsReadOrReported() {
        fuzzDamaged("fuzz.pdf", pdf, SEED + 6, 100);
    }

    @Test
    void anyBytesAsADocumentAreReported() {
        Random random = new Random(SEED + 7);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = bytes(random, random.nextInt(3001));
            if (random.nextBoolean()) {
                System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0,
                        Math.min(9, bytes.length));
            }
            assertWorkbookRead(random.nextBoolean() ? "random.pdf" : "random.docx", bytes);
        }
    }

    @Test
    void anyCellTextsAreReadOrReported() {
        Random random = new Random(SEED + 4);
        for (int i = 0; i < 200; i++) {
            String name = cellText(random);
            String score = cellText(random);
            byte[] annex = Annex.xlsx(4).standardTitle("Tỉnh Mẫu", 2024)
                    .header("STT", "Tên cơ quan, đơn vị", cellText(random), "Xếp hạng").row(1, name, score, score).bytes();
            assertIngested("cells.xlsx", annex);
        }
    }

    private static final String[] CSV_PIECES = {"province,year,unit,index,code,score,self_score\n", "Tỉnh Mẫu", "2024",
        "X-NV", "PAR", "TOTAL", "RANK", "NA", "1.1", "10,75", "\"", ",", ";", "\n", "\r\n", "\uFEFF", "-1", "1e309"};
    private static final String[] CELL_TEXTS = {"", "-", "Không đánh giá", "10,75", "1e400", "Sở Nội vụ",
        "Cải cách thể chế (9)", "(16,5 điểm)", "STT", "Chỉ số CCHC (%)", "I. CÁC SỞ, BAN, NGÀNH"};

    /** Up to 60 pieces: pieces of real score files mixed with random text. */
    private static String csvLike(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(61);
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextBoolean() ? CSV_PIECES[random.nextInt(CSV_PIECES.length)] : randomText(random, 8));
        }
        return text.toString();
    }

    private static String cellText(Random random) {
        return random.nextBoolean() ? CELL_TEXTS[random.nextInt(CELL_TEXTS.length)] : randomText(random, 40);
    }

    /** Random code points, Vietnamese letters, controls and surrogate-free symbols included. */
    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? 0x1EA0 + random.nextInt(0x5A) : random.nextInt(0xD800);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] damaged(byte[] original, int position, byte[] garbage, boolean truncate) {
        int at = position % original.length;
        if (truncate) {
            return java.util.Arrays.copyOf(original, at);
        }
        byte[] copy = original.clone();
        for (int i = 0; i < garbage.length && at + i < copy.length; i++) {
            copy[at + i] = garbage[i];
        }
        return copy;
    }

    private static void assertWorkbookRead(String name, byte[] content) {
        Path file = TestInputs.write(input.resolve("scores/" + name), content);
        AnnexReading reading = assertTimeoutPreemptively(LIMIT,
                () -> new AnnexReader(reference).read(file, name));
        for (ScoreLine line : reading.lines()) {
            assertTrue(line.fileProblem() != null || !line.fields().isEmpty(), line.toString());
        }
        assertTrue(!reading.description().isEmpty());
    }

    private static void assertIngested(String name, byte[] content) {
        Path file = TestInputs.write(input.resolve("scores/" + name), content);
        IngestResult result = assertTimeoutPreemptively(LIMIT, () -> Validation.read(input, List.of(file)).result());
        assertNotNull(result);
        // Every file is accepted or quarantined: a CSV with a header only too (accepted, with a no_rows warning).
        assertEquals(1, result.acceptedFiles().size() + result.quarantinedFiles().size(), result.toString());
        if (!result.quarantinedFiles().isEmpty()) {
            assertTrue(result.issues().stream().anyMatch(issue -> issue.file().equals("scores/" + name)));
        }
    }
}
