package vn.parindex.briefings.internal;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * One paragraph written run by run, every run in Times New Roman at the paragraph's size, every text cleaned by
 * {@link WordText}; a line break in the text is a line break in the paragraph.
 */
public final class WordParagraph {
    private static final int FIRST_LINE_INDENT_TWIPS = 567;

    private final XWPFParagraph paragraph;
    private final int points;

    WordParagraph(XWPFParagraph paragraph, int points) {
        this.paragraph = paragraph;
        this.points = points;
    }

    XWPFParagraph paragraph() {
        return paragraph;
    }

    public WordParagraph text(String text) {
        run(text, false, false);
        return this;
    }

    public WordParagraph bold(String text) {
        run(text, true, false);
        return this;
    }

    public WordParagraph italic(String text) {
        run(text, false, true);
        return this;
    }

    /** Left-aligned (the default is justified, as in the seeds). */
    WordParagraph align(ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        return this;
    }

    /** The body's first-line indent of 1 cm. */
    WordParagraph indented() {
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT_TWIPS);
        return this;
    }

    /** Space before and after, in points. */
    WordParagraph spacing(int before, int after) {
        paragraph.setSpacingBefore(before * 20);
        paragraph.setSpacingAfter(after * 20);
        return this;
    }

    private void run(String text, boolean bold, boolean italic) {
        String cleaned = WordText.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(WordDocument.FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = cleaned.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
