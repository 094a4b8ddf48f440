package vn.parindex.briefings;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A workbook as LibreOffice printed it, read back with PDFBox: each page's size and the size its text was printed
 * at. A sheet that LibreOffice fits to the page is scaled as a whole, so known cells' text tells the scale: the
 * header rows and labels, bold 11 points (Styles.header, Styles.label), are most of a page's bold text (the title,
 * bold 14, is one line; a chart's text is not bold), and a page whose only bold text is its sheet's title is
 * measured by the title; printed at 6,6 points (a title at 8,4), the page is at 60 %.
 */
final class PrintedPages {
    /** The size of the sheets' header rows and labels (Styles.header, Styles.label). */
    static final float HEADER_POINTS = 11f;
    /** The size of the sheets' titles (Styles.title). */
    static final float TITLE_POINTS = 14f;

    /**
     * One printed page: its size in points, how many characters were printed at each size (rounded to 0.1), and how
     * many bold ones.
     */
    record Page(float width, float height, Map<Float, Integer> charactersBySize, Map<Float, Integer> boldBySize,
                String boldText, String text) {
        boolean landscape() {
            return width > height;
        }

        /** The size most bold characters were printed at: the header rows' and labels'. */
        float headerSize() {
            return boldBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        }

        /** How the page is scaled: its headers' (or, alone, its title's) printed size against their nominal size. */
        float scale(List<String> titles) {
            boolean onlyTitle = titles.contains(boldText.replaceAll("\\s+", ""));
            return headerSize() / (onlyTitle ? TITLE_POINTS : HEADER_POINTS);
        }
    }

    private PrintedPages() {
    }

    static List<Page> read(Path pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = PDDocument.load(pdf.toFile())) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                Map<Float, Integer> sizes = new TreeMap<>();
                Map<Float, Integer> bold = new TreeMap<>();
                StringBuilder boldText = new StringBuilder();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition position : positions) {
                            if (!position.getUnicode().isBlank()) {
                                float size = Math.round(position.getTextMatrix().getScalingFactorY() * 10) / 10f;
                                sizes.merge(size, 1, Integer::sum);
                                if (position.getFont().getName() != null
                                        && position.getFont().getName().contains("Bold")) {
                                    bold.merge(size, 1, Integer::sum);
                                    boldText.append(position.getUnicode());
                                }
                            }
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(document);
                pages.add(new Page(page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), sizes, bold,
                        boldText.toString(), text));
            }
        }
        return pages;
    }

    /** Renders the first page as a PNG (for a person to look at), at 100 dpi. */
    static void firstPageAsPng(Path pdf, Path png) throws IOException {
        try (PDDocument document = PDDocument.load(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        }
    }
}
