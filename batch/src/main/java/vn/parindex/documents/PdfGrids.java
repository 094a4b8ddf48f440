package vn.parindex.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import vn.parindex.grid.FileSignature;
import vn.parindex.grid.Grid;
import vn.parindex.grid.GridReader;
import vn.parindex.grid.Limits;
import vn.parindex.grid.OfficePackage;
import vn.parindex.grid.ReadProblem;
import vn.parindex.workbook.WorkbookOpener;

/**
 * A text PDF (printed from Excel, saved from Word, signed or not) as grids: its tables with ruling lines
 * ({@link PageTable}, tabula-java on PDFBox), a table continued on the next pages joined into one
 * ({@link PdfTableJoin}), each with the page text above it as its title lines. A PDF without a text layer (a scan) is
 * refused as {@code no_text_layer} before any table is looked for; one that needs a password as
 * {@code encrypted_document}.
 */
final class PdfGrids implements GridReader {
    /** Memory PDFBox may use for the file's streams, raw and decoded: a decompression bomb stops here. */
    static final long MAX_MEMORY_BYTES = Limits.MAX_FILE_BYTES + 4 * Limits.MAX_PART_BYTES;
    private static final OfficePackage SIZE = new OfficePackage("PDF", "document_too_large", null, null,
            "damaged_document", "");

    @Override
    public List<Grid> read(Path file) throws ReadProblem {
        SIZE.checkSize(file);
        FileSignature signature = FileSignature.of(file);
        if (signature != FileSignature.PDF) {
            throw new ReadProblem("not_a_document", "the file is not a PDF" + (signature == FileSignature.ZIP
                    ? "; it is a Word or Excel file: name it .docx or .xlsx" : ""));
        }
        try (PDDocument document = PDDocument.load(file.toFile(), "",
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES))) {
            return grids(document);
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException | LinkageError e) {
            throw classify(e);
        }
    }

    @Override
    public String kind() {
        return "a PDF";
    }

    private static List<Grid> grids(PDDocument document) throws ReadProblem, IOException {
        int pages = document.getNumberOfPages();
        if (pages > Limits.MAX_PAGES) {
            throw new ReadProblem("document_too_large", "the PDF has " + pages + " pages, above the limit of "
                    + Limits.MAX_PAGES + " for a decision and its annexes");
        }
        PdfText text = new PdfText(document);
        if (!text.hasTextLayer()) {
            throw new ReadProblem("no_text_layer", "the PDF has no text layer (a scan): its figures cannot be read;"
                    + " type them into a .csv or .xlsx, or use the Word file (.docx) the annex was made from");
        }
        List<PageTable> tables = new ArrayList<>();
        PageExtractor extractor = new PageExtractor(document);
        for (int number = 1; number <= pages && tables.size() <= Limits.MAX_DOCUMENT_TABLES; number++) {
            Page page = extractor.page(number);
            tables.addAll(PageTable.of(page));
        }
        return PdfTableJoin.grids(tables, text);
    }

    private static ReadProblem encrypted() {
        return new ReadProblem("encrypted_document", "the PDF is password-protected; save or print it again without"
                + " a password (or use the Word file)");
    }

    /**
     * tabula's page extraction, without its page iterator (which reaches for its command line's classes): the
     * rulings and text elements of one page.
     */
    private static final class PageExtractor extends ObjectExtractor {
        PageExtractor(PDDocument document) {
            super(document);
        }

        Page page(int number) throws IOException {
            return extractPage(number);
        }
    }

    /**
     * PDFBox reports damage, its memory limit and certificate encryption (whose classes, bouncycastle's, are left
     * out) as exceptions with telling messages.
     */
    private static ReadProblem classify(Throwable e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("scratch file memory exceeded") || lower.contains("maximum allowed")) {
            return new ReadProblem("document_too_large", "the PDF's content unpacks to more than "
                    + Limits.megabytes(MAX_MEMORY_BYTES) + " (far beyond a published annex); it was not read");
        }
        if (e instanceof LinkageError && !lower.contains("bouncycastle")) {
            throw (LinkageError) e; // a defect of the product, not of the file: the run fails loudly
        }
        if (e instanceof LinkageError || lower.contains("encrypt") || lower.contains("password")
                || lower.contains("security handler")) {
            return encrypted();
        }
        return new ReadProblem("damaged_document", "the PDF is damaged and cannot be read (" + e.getClass()
                .getSimpleName() + ": " + WorkbookOpener.firstLine(message) + "); get the file again from the"
                + " original");
    }
}
