package vn.parindex.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.parindex.grid.FileSignature;
import vn.parindex.grid.OfficePackage;
import vn.parindex.grid.ReadProblem;

/**
 * Opens a published workbook only when it is safe to: files from outside are checked for what they really are, their
 * size, zip bombs and XML document types ({@link OfficePackage}) before POI builds anything in memory, and every
 * failure becomes a {@link ReadProblem} with a rule id instead of an exception escaping the run.
 */
public final class WorkbookOpener {
    static final OfficePackage PACKAGE = new OfficePackage("workbook", "workbook_too_large", "worksheets/",
            "sheet_too_large", "truncated_workbook", "copy the file again from the original");

    private WorkbookOpener() {
    }

    public static Workbook open(Path file) throws ReadProblem {
        PACKAGE.checkSize(file);
        FileSignature signature = FileSignature.of(file);
        boolean zip = signature == FileSignature.ZIP;
        if (!zip && signature != FileSignature.OLE2) {
            throw new ReadProblem("not_a_workbook", "the file is not an Excel workbook (neither .xlsx nor .xls"
                    + " content)" + (signature == FileSignature.PDF ? "; it is a PDF: name it .pdf"
                    : "; if it is a CSV, name it .csv"));
        }
        if (zip) {
            PACKAGE.inspect(file);
        }
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new ReadProblem("encrypted_workbook", "the workbook is password-protected; save it without a"
                    + " password to open");
        } catch (IOException | RuntimeException e) {
            throw classify(e, zip);
        }
    }

    /** POI reports most damage as IOException or runtime exceptions with telling messages. */
    private static ReadProblem classify(Exception e, boolean zip) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return new ReadProblem("zip_bomb", "the workbook expands far more than a real workbook (a zip bomb);"
                    + " it was not unpacked");
        }
        if (lower.contains("doctype") || lower.contains("entity")) {
            return new ReadProblem("xml_entities_refused", "the workbook's XML declares a document type or"
                    + " entities; such workbooks are not opened");
        }
        if (lower.contains("password") || lower.contains("encrypt")) {
            return new ReadProblem("encrypted_workbook", "the workbook is password-protected; save it without a"
                    + " password to open");
        }
        String kind = zip ? "an .xlsx" : "an .xls";
        return new ReadProblem(zip ? "truncated_workbook" : "unreadable_workbook", "the file looks like " + kind
                + " workbook but cannot be opened (" + e.getClass().getSimpleName() + ": " + firstLine(message)
                + "); open and save it again in Excel");
    }

    public static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
