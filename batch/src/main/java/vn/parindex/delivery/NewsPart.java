package vn.parindex.delivery;

import java.util.List;

/**
 * One kind of news of one subscription, ready for a mail: its ledger key and content hash, a title for the subject,
 * its plain-text and HTML sections and its workbooks, built under the real snapshot's name.
 */
record NewsPart(String key, String hash, String title, String text, String html, List<Attachment> attachments) {
    NewsPart {
        attachments = List.copyOf(attachments);
    }

    /** A workbook as the mail carries it. */
    record Attachment(String fileName, byte[] bytes) {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
