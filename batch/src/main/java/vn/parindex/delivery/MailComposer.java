package vn.parindex.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * One subscriber's mail of a night, in Vietnamese and UTF-8: multipart/mixed of a multipart/alternative (plain
 * text, then HTML — the same sections rendered twice) and the parts' workbooks. Headers hold data only through
 * {@link MailHeaders} and Jakarta Mail's encoders (the recipient's name as an RFC 2047 phrase, the subject encoded
 * and folded). The Message-ID is the outbox's id, so a mail sent again after a run was killed in flight carries the
 * same one and a reader's client can tell it is the same mail.
 */
final class MailComposer {
    private static final int SUBJECT_LIMIT = 180;
    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;
    private final LocalDate date;
    private final String snapshotId;

    /** @param date the run's date the news is as of; snapshotId the snapshot it comes from */
    MailComposer(InternetAddress from, LocalDate date, String snapshotId) {
        this.from = from;
        this.date = date;
        this.snapshotId = snapshotId;
    }

    /** The mail as it is stored in the outbox and sent: its RFC 5322 bytes. */
    byte[] compose(String mailId, Subscriber subscriber, List<NewsPart> parts, Instant at)
            throws MessagingException, IOException {
        MimeMessage message = new FixedIdMessage(session, "<" + mailId + "." + "parindex@" + domain() + ">");
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(subscriber));
        message.setSubject(subject(parts), CHARSET);
        message.setSentDate(Date.from(at));
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies to a nightly mail
        message.setHeader("Content-Language", "vi");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(text(subscriber, parts), CHARSET, "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(subscriber, parts), CHARSET, "html");
        alternative.addBodyPart(html);
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (NewsPart part : parts) {
            for (NewsPart.Attachment attachment : part.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(),
                        NewsPart.Attachment.XLSX)));
                file.setFileName(attachment.fileName());
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
            }
        }
        message.setContent(mixed);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private String domain() {
        String address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static InternetAddress recipient(Subscriber subscriber) throws MessagingException {
        String name = MailHeaders.text(subscriber.name(), 100);
        try {
            return name.isEmpty() ? new InternetAddress(subscriber.address(), true)
                    : new InternetAddress(subscriber.address(), name, CHARSET);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    String subject(List<NewsPart> parts) {
        String titles = String.join("; ", parts.stream().map(NewsPart::title).toList());
        return MailHeaders.text("parindex " + NewsFormat.date(date) + ": " + titles, SUBJECT_LIMIT);
    }

    private String greeting(Subscriber subscriber) {
        String name = MailHeaders.text(subscriber.name(), 100);
        return "Kính gửi " + (name.isEmpty() ? "Quý đơn vị" : name) + ",";
    }

    private String introduction() {
        return "Bản tin parindex ngày " + NewsFormat.date(date) + " (bản dữ liệu " + snapshotId + "). Thư chỉ gồm "
                + "những mục có thay đổi kể từ thư trước gửi tới địa chỉ này.";
    }

    private static final String FOOTER = "Thư do parindex gửi tự động theo danh sách đăng ký nhận tin; số liệu và "
            + "các tệp đính kèm lấy từ cùng bản dữ liệu với trang tổng hợp. Đêm nào các mục này không thay đổi thì "
            + "không có thư.";

    String text(Subscriber subscriber, List<NewsPart> parts) {
        StringBuilder out = new StringBuilder(greeting(subscriber)).append("\n\n").append(introduction())
                .append("\n\n");
        parts.forEach(part -> out.append(part.text()));
        return out.append("-- \n").append(FOOTER).append('\n').toString();
    }

    private String html(Subscriber subscriber, List<NewsPart> parts) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(NewsSection.escape(subject(parts))).append("</title></head>\n")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n<p>")
                .append(NewsSection.escape(greeting(subscriber))).append("</p>\n<p>")
                .append(NewsSection.escape(introduction())).append("</p>\n");
        parts.forEach(part -> out.append(part.html()));
        return out.append("<hr><p style=\"color:#666;font-size:12px\">").append(NewsSection.escape(FOOTER))
                .append("</p>\n</body></html>\n").toString();
    }

    /** A message whose Message-ID is given, not made anew by saveChanges. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
