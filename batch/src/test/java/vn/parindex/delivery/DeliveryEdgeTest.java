package vn.parindex.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.TestInputs;
import vn.parindex.job.NightlyRunner;
import vn.parindex.job.RepositorySettings;
import vn.parindex.job.RunOutcome;
import vn.parindex.job.RunRequest;
import vn.parindex.marts.DeliveryStatus;

/**
 * The worked example with hostile unit names (quotes and a script in one, a formula in another): previews with
 * --mail-dir, mails that wait when the server settings are wrong or missing, and a forced rerun — a new snapshot of
 * the same figures — that finds nothing new.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryEdgeTest {
    private static final String SCRIPT_NAME = "Sở \"Tư pháp\" <script>alert(1)</script>";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @TempDir
    static Path dir;
    private static Path input;
    private static Path warehouse;
    private static Path subscriptions;

    @BeforeAll
    static void hostileInput() {
        input = TestInputs.copyExampleInput(dir);
        Path units = input.resolve("reference/units.csv");
        String text = TestInputs.read(units);
        text = text.replace("X-TP,Tỉnh Mẫu,,Sở Tư pháp,STP,TUPHAP,Sở TP,",
                "X-TP,Tỉnh Mẫu,,\"Sở \"\"Tư pháp\"\" <script>alert(1)</script>\",STP,TUPHAP,Sở TP|Sở Tư pháp,");
        text = text.replace("X-NV,Tỉnh Mẫu,department,Sở Nội vụ,SNV,NOIVU,,",
                "X-NV,Tỉnh Mẫu,department,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",SNV,NOIVU,Sở Nội vụ,");
        assertTrue(text.contains("<script>") && text.contains("HYPERLINK"));
        TestInputs.write(units, text);
        warehouse = dir.resolve("warehouse");
        subscriptions = TestInputs.write(dir.resolve("subscriptions.csv"), """
                email,name,province,unit,index,send
                vanphong@stp.example.gov.vn,"Văn phòng \"\"STP\"\"",Tỉnh Mẫu,X-TP,,
                vanphong@snv.example.gov.vn,Văn phòng SNV,Tỉnh Mẫu,Sở Nội vụ,,
                cchc@snv.example.gov.vn,Phòng CCHC,Tỉnh Mẫu,,,
                tinh@ubnd.example.gov.vn,UBND tỉnh,Việt Nam,VN-MAU,PAPI,briefing
                """);
    }

    @AfterEach
    void clearSettings() {
        MailServer.clearSystemProperties();
    }

    private static RunOutcome run(boolean force, Path mailDir) {
        return NightlyRunner.run(new RunRequest(input, warehouse, "local[2]", force, TestInputs.AS_OF)
                .withDelivery(subscriptions, mailDir), RepositorySettings.h2In(warehouse));
    }

    @Test
    @Order(1)
    void aPreviewWritesEachSubscribersWholeMailAndNothingOfTheDataBecomesMarkupOrAFormula() throws Exception {
        Path previews = dir.resolve("previews");

        RunOutcome outcome = run(false, previews);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().endsWith("mail: 4 mails written to " + previews + " (a preview: nothing sent)"),
                outcome.summary());
        assertFalse(Files.exists(DeliveryStatus.outbox(warehouse)), "a preview leaves the outbox alone");
        List<Path> files;
        try (Stream<Path> list = Files.list(previews)) {
            files = list.sorted().toList();
        }
        assertEquals(List.of("01_vanphong@stp.example.gov.vn.eml", "02_vanphong@snv.example.gov.vn.eml",
                "03_cchc@snv.example.gov.vn.eml", "04_tinh@ubnd.example.gov.vn.eml"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        ReceivedMail stp = mail(files.get(0));
        assertTrue(stp.subject().contains(SCRIPT_NAME), stp.subject());
        assertTrue(stp.text().contains(SCRIPT_NAME + " (Tỉnh Mẫu) — Chỉ số CCHC năm 2024"), stp.text());
        assertFalse(stp.html().contains("<script>"), stp.html());
        assertTrue(stp.html().contains("Sở &quot;Tư pháp&quot; &lt;script&gt;alert(1)&lt;/script&gt;"), stp.html());
        assertTrue(stp.text().contains("Xếp hạng: 1/3 (tính từ điểm) · dẫn đầu"), stp.text());

        ReceivedMail province = mail(files.get(2));
        List<String> cells = ReceivedMail.cells(province.attachments().get("tinh-mau_department_PAR_2024.xlsx"));
        assertTrue(cells.stream().anyMatch(c -> c.endsWith(" = " + FORMULA_NAME)), "the name is text: " + cells);
        for (byte[] workbook : province.attachments().values()) {
            ReceivedMail.cells(workbook); // fails on any formula
        }
        ReceivedMail.cells(mail(files.get(1)).attachments().get("X-NV_PAR_2024.xlsx"));

        ReceivedMail papi = mail(files.get(3));
        assertTrue(papi.text().contains("Chỉ số: 13,38/"), "PAPI on its own scale: " + papi.text());
        assertTrue(papi.text().contains("Xếp hạng: 2/2 (tính từ điểm)"), papi.text());
    }

    @Test
    @Order(2)
    void wrongServerSettingsKeepTheMailsWaitingAndTheRunItsCode() throws Exception {
        System.setProperty("PARINDEX_SMTP_URL", "http://mail.example.gov.vn");
        System.setProperty("PARINDEX_MAIL_FROM", MailServer.FROM);

        RunOutcome outcome = run(true, null);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().endsWith(
                "\nmail: 4 mails composed; 4 mails waiting: PARINDEX_SMTP_URL must begin with smtp:// or smtps://"),
                outcome.summary());
        assertEquals(4, waiting());
        assertEquals("PARINDEX_SMTP_URL must begin with smtp:// or smtps://",
                DeliveryStatus.read(warehouse).orElseThrow().reason());
    }

    @Test
    @Order(3)
    void aNewSnapshotOfTheSameFiguresIsNoNewsAndTheWaitingMailsAreNotQueuedTwice() throws Exception {
        System.setProperty("PARINDEX_MAIL_FROM", MailServer.FROM);

        RunOutcome outcome = run(true, null);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().endsWith(
                "\nmail: nothing new for 4 subscribers; 4 mails waiting: PARINDEX_SMTP_URL is not set"),
                outcome.summary());
        assertEquals(4, waiting());
    }

    @Test
    @Order(4)
    void withoutASenderNothingIsComposedAndTheNewsIsKeptForTheNextRun() throws Exception {
        TestInputs.write(input.resolve("scores/2024-late.csv"),
                "province,year,unit,index,code,score\nTỉnh Mẫu,2024,X-NV,PAR,TOTAL,89.5\n");

        RunOutcome outcome = run(false, null);

        assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.summary());
        assertTrue(outcome.summary().contains("PARINDEX_MAIL_FROM is not set to one mail address: no mail composed"),
                outcome.summary());
        assertEquals(4, waiting());
    }

    private static ReceivedMail mail(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return ReceivedMail.of(new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }

    private static long waiting() throws Exception {
        try (Stream<Path> files = Files.list(DeliveryStatus.outbox(warehouse))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).count();
        }
    }
}
