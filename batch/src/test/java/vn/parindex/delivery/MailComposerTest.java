package vn.parindex.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the data can do to a mail: nothing reaches a header unescaped, nothing in the HTML part is markup. */
class MailComposerTest {
    private static final String HOSTILE = "Sở \"Tư pháp\" <script>alert(1)</script>\r\nBcc: evil@attacker.example";

    private static MimeMessage composed(String name, String title, String line) throws Exception {
        NewsSection section = new NewsSection(title).line(line).table(List.of("Đơn vị", "Chỉ số"),
                List.of(List.of(title, "89,00")));
        NewsPart part = new NewsPart("briefing|Tỉnh Mẫu|X-TP|PAR", "h", title, section.text(), section.html(),
                List.of(new NewsPart.Attachment("X-TP_PAR_2024.xlsx", new byte[] {1, 2, 3})));
        byte[] bytes = new MailComposer(new InternetAddress("parindex <noreply@sonoivu.example.gov.vn>"),
                LocalDate.of(2024, 6, 15), "snap-1").compose("20240615T020000Z-0001",
                new Subscriber("vanphong@stp.example.gov.vn", name, List.of(new Subscription("Tỉnh Mẫu", "X-TP", "PAR",
                        Set.of()))), List.of(part), Instant.parse("2024-06-14T19:00:00Z"));
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static List<String> headerNames(MimeMessage message) throws Exception {
        List<String> names = new ArrayList<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            names.add(header.getName());
        }
        return names;
    }

    @Test
    void crLfQuotesAndMarkupFromTheDataNeverMakeAHeader() throws Exception {
        MimeMessage message = composed(HOSTILE, HOSTILE, HOSTILE);

        assertEquals(List.of("Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type",
                "Auto-Submitted", "Content-Language"), headerNames(message));
        assertNull(message.getHeader("Bcc"));
        assertEquals(1, message.getAllRecipients().length);
        InternetAddress to = (InternetAddress) message.getAllRecipients()[0];
        assertEquals("vanphong@stp.example.gov.vn", to.getAddress());
        assertEquals("Sở \"Tư pháp\" <script>alert(1)</script> Bcc: evil@attacker.example", to.getPersonal(),
                "the name, quotes and all, is the address's phrase; its line break is a space");
        assertFalse(message.getSubject().contains("\n") || message.getSubject().contains("\r"));
        assertTrue(message.getSubject().startsWith("parindex 15/06/2024: Sở \"Tư pháp\" <script>"),
                message.getSubject());
        for (String raw : message.getHeader("Subject")) {
            assertTrue(raw.chars().allMatch(c -> c < 0x80), "encoded (RFC 2047): " + raw);
        }
    }

    @Test
    void theHtmlPartEscapesEverythingAndBothPartsSayTheSameInUtf8() throws Exception {
        MimeMessage message = composed("Văn phòng", HOSTILE, "Chỉ số: 89,00 & \"hạng\" 1/3");
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        BodyPart plain = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertTrue(plain.getContentType().toLowerCase().contains("text/plain; charset=utf-8"), plain.getContentType());
        assertTrue(html.getContentType().toLowerCase().contains("text/html; charset=utf-8"), html.getContentType());
        String text = (String) plain.getContent();
        String page = (String) html.getContent();
        assertTrue(text.startsWith("Kính gửi Văn phòng,"), text);
        assertTrue(text.contains("Chỉ số: 89,00 & \"hạng\" 1/3"), text);
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("Chỉ số: 89,00 &amp; &quot;hạng&quot; 1/3"), page);
        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals("X-TP_PAR_2024.xlsx", attachment.getFileName());
        assertEquals(3, attachment.getInputStream().readAllBytes().length);
        assertEquals(2, mixed.getCount());
        assertTrue(message.getContentType().startsWith("multipart/mixed"), message.getContentType());
    }

    @Test
    void headerTextDropsEveryControlCharacterAndKeepsItsLength() {
        assertEquals("a b c d", MailHeaders.text("a\r\nb\tc\u0085\u2028d", 50));
        assertEquals("abc…", MailHeaders.text("abcdef", 4));
        assertEquals("Lào Cai", MailHeaders.text("La\u0300o Cai", 50), "NFC");
    }
}
