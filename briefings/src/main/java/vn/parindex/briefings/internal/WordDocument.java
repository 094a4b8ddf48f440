package vn.parindex.briefings.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.parindex.briefings.data.SnapshotInfo;

/**
 * A Word document as Vietnamese administrative documents are set (Nghị định 30/2020/NĐ-CP): A4, Times New Roman
 * (the document default and every run), body at 13 pt, margins 2 cm top and bottom, 3 cm left, 2 cm right. It may
 * end its portrait part and go on in landscape, as the seeds print their appendix tables. Nothing active: no
 * fields, no macros (a plain .docx), no links.
 */
public final class WordDocument implements AutoCloseable {
    public static final String FONT = "Times New Roman";
    static final int BODY_POINTS = 13;
    private static final int HEADING_POINTS = 12;
    /** A4 in twentieths of a point. */
    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;
    private static final int CM = 567;

    private final XWPFDocument document = new XWPFDocument();

    public WordDocument(String title, SnapshotInfo snapshot) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(WordText.clean(title));
        core.setSubjectProperty("Bản dữ liệu " + snapshot.id());
        core.setCreator("parindex");
        core.setCreated(Optional.of(Date.from(snapshot.createdAt())));
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);
        page(document.getDocument().getBody().addNewSectPr(), false);
    }

    /** A new body paragraph, justified, at the body size. */
    public WordParagraph paragraph() {
        return paragraph(BODY_POINTS).align(ParagraphAlignment.BOTH);
    }

    public WordParagraph paragraph(int points) {
        WordParagraph paragraph = new WordParagraph(document.createParagraph(), points);
        paragraph.paragraph().setSpacingAfter(6 * 20);
        return paragraph;
    }

    /** A centred paragraph (titles). */
    public WordParagraph centred(int points) {
        return paragraph(points).align(ParagraphAlignment.CENTER);
    }

    /** A table with these column widths (twips) and header texts. */
    public WordTable table(int[] widths, String... headers) {
        return new WordTable(document.createTable(1, widths.length), widths, headers);
    }

    /** A line of a heading block, bold or italic. */
    public record Line(String text, boolean bold, boolean italic) {
    }

    /**
     * Two blocks of centred lines side by side with no borders: the heading of an administrative document, the
     * issuer on the left and the national motto on the right.
     */
    public void sideBySide(List<Line> left, List<Line> right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth(String.valueOf(portraitWidth()));
        int[] widths = {portraitWidth() * 2 / 5, portraitWidth() - portraitWidth() * 2 / 5};
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        List<List<Line>> blocks = List.of(left, right);
        for (int column = 0; column < 2; column++) {
            XWPFTableCell cell = table.getRow(0).getCell(column);
            cell.setWidth(String.valueOf(widths[column]));
            boolean first = true;
            for (Line line : blocks.get(column)) {
                WordParagraph paragraph = new WordParagraph(first ? cell.getParagraphs().get(0)
                        : cell.addParagraph(), HEADING_POINTS).align(ParagraphAlignment.CENTER);
                paragraph.paragraph().setSpacingAfter(0);
                if (line.bold()) {
                    paragraph.bold(line.text());
                } else if (line.italic()) {
                    paragraph.italic(line.text());
                } else {
                    paragraph.text(line.text());
                }
                first = false;
            }
        }
    }

    /** Ends the portrait part here: what follows is on new pages in landscape. */
    public void landscapeFromHere() {
        CTSectPr portrait = document.createParagraph().getCTP().addNewPPr().addNewSectPr();
        page(portrait, false);
        page(document.getDocument().getBody().getSectPr(), true);
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2L * CM));
        margins.setBottom(BigInteger.valueOf(2L * CM));
        margins.setLeft(BigInteger.valueOf((landscape ? 2L : 3L) * CM));
        margins.setRight(BigInteger.valueOf(2L * CM));
        margins.setHeader(BigInteger.valueOf(CM));
        margins.setFooter(BigInteger.valueOf(CM));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The text width of a portrait page, in twips. */
    static int portraitWidth() {
        return A4_SHORT - 5 * CM;
    }

    /** The text width of a landscape page, in twips. */
    static int landscapeWidth() {
        return A4_LONG - 4 * CM;
    }

    public void write(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
