package vn.parindex.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMTP sender against a real server (GreenMail): SMTPS, a login, a wrong password, a server that is down. */
class SmtpSenderTest {
    private final MailServer server = new MailServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static byte[] mail(String to) throws Exception {
        NewsSection section = new NewsSection("Sở Tư pháp (Tỉnh Mẫu) — Chỉ số CCHC năm 2024").line("Chỉ số: 89,00");
        NewsPart part = new NewsPart("briefing|Tỉnh Mẫu|X-TP|PAR", "h", "Sở Tư pháp: 89,00", section.text(),
                section.html(), List.of());
        return new MailComposer(new InternetAddress(MailServer.FROM), LocalDate.of(2024, 6, 15), "snap-1")
                .compose("20240615T020000Z-0001", new Subscriber(to, "Văn phòng", List.of(
                        new Subscription("Tỉnh Mẫu", "X-TP", "PAR", Set.of()))), List.of(part), Instant.now());
    }

    @Test
    void overSmtpsWithALoginTheServerTakesTheMailAsStored() throws Exception {
        byte[] stored = mail("vanphong@stp.example.gov.vn");
        try (SmtpSender sender = new SmtpSender(server.mailSettings())) {
            assertInstanceOf(SmtpSender.Accepted.class, sender.send(stored));
        }
        List<MimeMessage> received = server.received();
        assertEquals(1, received.size());
        assertEquals("<20240615T020000Z-0001.parindex@sonoivu.example.gov.vn>", received.get(0).getMessageID());
        assertEquals("parindex 15/06/2024: Sở Tư pháp: 89,00", received.get(0).getSubject());
        assertEquals("vanphong@stp.example.gov.vn",
                ((InternetAddress) received.get(0).getAllRecipients()[0]).getAddress());
    }

    @Test
    void aWrongPasswordStopsAtOnceAndSaysTheServerRefusedTheLogin() throws Exception {
        Map<String, String> settings = new HashMap<>(server.settings());
        settings.put("PARINDEX_SMTP_PASSWORD", "sai");
        List<Duration> slept = new ArrayList<>();
        try (SmtpSender sender = new SmtpSender(MailSettings.from(settings::get), slept::add)) {
            SmtpSender.Result result = sender.send(mail("vanphong@stp.example.gov.vn"));
            SmtpSender.Unavailable unavailable = assertInstanceOf(SmtpSender.Unavailable.class, result);
            assertTrue(unavailable.reason().contains("refused the login of 'parindex'"), unavailable.reason());
            assertTrue(!unavailable.reason().contains("sai"), "the password is never said");
        }
        assertEquals(List.of(), slept, "a refused login is not tried again");
        assertEquals(0, server.received().size());
    }

    @Test
    void aServerThatIsDownIsTriedAfterEachDelayThenTheMailWaits() throws Exception {
        server.stop();
        List<Duration> slept = new ArrayList<>();
        try (SmtpSender sender = new SmtpSender(server.mailSettings(), slept::add)) {
            SmtpSender.Result result = sender.send(mail("vanphong@stp.example.gov.vn"));
            SmtpSender.Unavailable unavailable = assertInstanceOf(SmtpSender.Unavailable.class, result);
            assertTrue(unavailable.reason().contains("smtps://127.0.0.1:" + server.port()), unavailable.reason());
            assertTrue(unavailable.reason().toLowerCase().contains("connect"), unavailable.reason());
        }
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), slept, "bounded back-off: 3 tries");
    }
}
