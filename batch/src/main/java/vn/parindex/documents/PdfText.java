package vn.parindex.documents;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import vn.parindex.text.Names;

/** The text of a PDF's pages through PDFBox: whether it has any, and the lines in a band of a page. */
final class PdfText {
    private final PDDocument document;

    PdfText(PDDocument document) {
        this.document = document;
    }

    /** Whether any page has a letter or digit in its text layer; a scan has none (its pages are images). */
    boolean hasTextLayer() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).codePoints().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    /** The non-blank lines of a page between two heights (points from the top), top to bottom. */
    List<String> lines(int pageNumber, float top, float bottom) throws IOException {
        if (bottom - top < 1) {
            return List.of();
        }
        PDPage page = document.getPage(pageNumber - 1);
        bottom = Math.min(bottom, Math.max(page.getCropBox().getWidth(), page.getCropBox().getHeight()));
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        float width = Math.max(page.getCropBox().getWidth(), page.getCropBox().getHeight());
        stripper.addRegion("band", new Rectangle2D.Float(0, top, width, bottom - top));
        stripper.extractRegions(page);
        return Arrays.stream(stripper.getTextForRegion("band").split("\\R")).map(Names::clean)
                .filter(line -> !line.isEmpty()).toList();
    }
}
