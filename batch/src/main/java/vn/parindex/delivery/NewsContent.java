package vn.parindex.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.parindex.briefings.data.BriefingData;

/**
 * What one kind of news of one subscription says (its ledger key, a title for the subject, its sections) and the
 * workbooks that go with it, as writers of the briefings module, so they can be built for the content hash under a
 * neutral snapshot name and for the mail under the real one.
 */
record NewsContent(String key, String title, List<NewsSection> sections, List<AttachmentSpec> attachments) {
    NewsContent {
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    /** A workbook to attach: its file name and how the briefings module writes it from briefing data. */
    record AttachmentSpec(String fileName, Writer writer) {
    }

    @FunctionalInterface
    interface Writer {
        void write(BriefingData data, OutputStream out) throws IOException;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        sections.forEach(section -> out.append(section.text()).append('\n'));
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder();
        sections.forEach(section -> out.append(section.html()));
        return out.toString();
    }
}
