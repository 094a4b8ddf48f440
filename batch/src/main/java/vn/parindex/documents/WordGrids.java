package vn.parindex.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.parindex.grid.FileSignature;
import vn.parindex.grid.Grid;
import vn.parindex.grid.GridReader;
import vn.parindex.grid.Limits;
import vn.parindex.grid.OfficePackage;
import vn.parindex.grid.ReadProblem;
import vn.parindex.text.Names;

/**
 * A Word document (.docx) as grids: one per table of its body, in order (Phụ lục 01 and 02 in one file), each with
 * the paragraphs between the previous table and it as its text above (the title). Opened only after the package
 * checks workbooks pass ({@link OfficePackage}: size, zip bomb, XML entities) and a look at what the file really is.
 */
final class WordGrids implements GridReader {
    static final OfficePackage PACKAGE = new OfficePackage("Word document", "document_too_large", null, null,
            "damaged_document", "open and save it again in Word");

    @Override
    public List<Grid> read(Path file) throws ReadProblem {
        PACKAGE.checkSize(file);
        FileSignature signature = FileSignature.of(file);
        if (signature == FileSignature.OLE2) {
            throw ole2(file);
        }
        if (signature != FileSignature.ZIP) {
            throw new ReadProblem("not_a_document", "the file is not a Word document (.docx)"
                    + (signature == FileSignature.PDF ? "; it is a PDF: name it .pdf" : ""));
        }
        PACKAGE.inspect(file);
        if (!OfficePackage.hasPart(file, "word/document.xml")) {
            throw new ReadProblem("not_a_document", "the file is not a Word document (.docx)"
                    + (OfficePackage.hasPart(file, "xl/workbook.xml") ? "; it is an Excel workbook: name it .xlsx"
                    : ": it has no word/document.xml"));
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument document = new XWPFDocument(pkg)) {
            return grids(document);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // POI meets damage while building the document too; the file is then unreadable, never the run.
            throw new ReadProblem("damaged_document", "the Word document cannot be opened ("
                    + e.getClass().getSimpleName() + "); open and save it again in Word");
        }
    }

    @Override
    public String kind() {
        return "a Word document";
    }

    /** An OLE2 file named .docx: a password-protected .docx, or an old .doc renamed. */
    private static ReadProblem ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ReadProblem("encrypted_document", "the Word document is password-protected; save it"
                        + " without a password (or use the published PDF)");
            }
        } catch (IOException | RuntimeException e) {
            return new ReadProblem("damaged_document", "the file looks like an old Office file but cannot be opened;"
                    + " open and save it again in Word as .docx");
        }
        return new ReadProblem("not_a_document", "the file is an old Word 97-2003 (.doc) or another old Office file,"
                + " not a .docx; open it in Word or LibreOffice and save it as a Word document (.docx)");
    }

    private static List<Grid> grids(XWPFDocument document) throws ReadProblem {
        List<Grid> grids = new ArrayList<>();
        List<String> above = new ArrayList<>();
        int tables = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = Names.clean(paragraph.getText());
                if (!text.isEmpty()) {
                    above.add(text);
                }
            } else if (element instanceof XWPFTable table) {
                tables++;
                if (tables > Limits.MAX_DOCUMENT_TABLES) {
                    break;
                }
                grids.add(WordTable.grid(table, tables, above));
                above = new ArrayList<>();
            }
        }
        return grids;
    }
}
