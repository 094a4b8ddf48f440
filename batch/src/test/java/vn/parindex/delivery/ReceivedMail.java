package vn.parindex.delivery;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A mail as the server received it, taken apart: recipient, subject, plain text, HTML and the attached files. */
record ReceivedMail(String to, String subject, String messageId, String text, String html,
                    Map<String, byte[]> attachments) {

    static ReceivedMail of(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
            }
        }
        return new ReceivedMail(((InternetAddress) message.getAllRecipients()[0]).getAddress(), message.getSubject(),
                message.getMessageID(), lines((String) alternative.getBodyPart(0).getContent()),
                lines((String) alternative.getBodyPart(1).getContent()), attachments);
    }

    /** Line ends as the composer wrote them (SMTP carries CR LF). */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    static List<ReceivedMail> all(List<MimeMessage> messages) throws Exception {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : messages) {
            mails.add(of(message));
        }
        return mails;
    }

    /**
     * Every non-blank cell of an attached workbook, opened with POI, as "sheet!A1 = value"; a formula fails (the
     * briefings write text from the data as text, never as a formula).
     */
    static List<String> cells(byte[] workbook) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            throw new AssertionError("a formula in " + sheet.getSheetName() + "!" + cell.getAddress()
                                    + ": " + cell.getCellFormula());
                        }
                        String value = cell.getCellType() == CellType.NUMERIC
                                ? String.valueOf(cell.getNumericCellValue()) : cell.toString();
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + value);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
