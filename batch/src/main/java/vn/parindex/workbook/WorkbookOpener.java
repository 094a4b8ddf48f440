package vn.parindex.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens a published workbook only when it is safe to: files from outside are checked for what they really are, their
 * size, zip bombs and XML document types before POI builds anything in memory, and every failure becomes a
 * {@link WorkbookProblem} with a rule id instead of an exception escaping the run.
 */
public final class WorkbookOpener {
    /** Larger files are not ranking tables of one province; refusing them keeps memory bounded. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Uncompressed size of one part (a sheet's XML); a real annex is a few hundred kilobytes. */
    static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    /** Parts that inflate more than this are treated as zip bombs (POI's own default is 0.01). */
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final int PROLOGUE_BYTES = 2048;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // Process-wide POI settings: kept on (and tightened) for every workbook the product opens.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WorkbookOpener() {
    }

    public static Workbook open(Path file) throws WorkbookProblem {
        byte[] head = head(file);
        boolean zip = startsWith(head, ZIP_MAGIC);
        if (!zip && !startsWith(head, OLE2_MAGIC)) {
            throw new WorkbookProblem("not_a_workbook", "the file is not an Excel workbook (neither .xlsx nor .xls"
                    + " content); if it is a CSV, name it .csv");
        }
        if (zip) {
            inspectZip(file);
        }
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new WorkbookProblem("encrypted_workbook", "the workbook is password-protected; save it without a"
                    + " password to open");
        } catch (IOException | RuntimeException e) {
            throw classify(e, zip);
        }
    }

    private static byte[] head(Path file) throws WorkbookProblem {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new WorkbookProblem("workbook_too_large", "the file is " + Files.size(file) / (1024 * 1024)
                        + " MB; published ranking workbooks are far below the limit of "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new WorkbookProblem("unreadable_file", "the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads the zip's directory and the start of each XML part: a zip bomb or a part declaring a DTD (which could
     * reference external entities) is refused before any XML parser sees it.
     */
    private static void inspectZip(Path file) throws WorkbookProblem {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                checkSizes(entry);
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")
                        || entry.getName().toLowerCase(Locale.ROOT).endsWith(".rels")) {
                    checkPrologue(zip, entry);
                }
            }
        } catch (ZipException e) {
            throw new WorkbookProblem("truncated_workbook", "the workbook is damaged or incomplete (" + e.getMessage()
                    + "); copy the file again from the original");
        } catch (IOException e) {
            throw new WorkbookProblem("truncated_workbook", "the workbook cannot be unpacked (" + e.getMessage()
                    + "); copy the file again from the original");
        }
    }

    private static void checkSizes(ZipEntry entry) throws WorkbookProblem {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > 1024 * 1024 && compressed >= 0 && (double) compressed / size < MIN_INFLATE_RATIO) {
            throw zipBomb(entry.getName());
        }
        if (size > MAX_ENTRY_BYTES) {
            throw new WorkbookProblem(entry.getName().contains("worksheets/") ? "sheet_too_large" : "zip_bomb",
                    "part " + entry.getName() + " unpacks to " + size / (1024 * 1024) + " MB, above the limit of "
                            + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
        }
    }

    private static WorkbookProblem zipBomb(String part) {
        return new WorkbookProblem("zip_bomb", "part " + part + " expands more than " + Math.round(1 / MIN_INFLATE_RATIO)
                + " times (a zip bomb); the file was not unpacked");
    }

    private static void checkPrologue(ZipFile zip, ZipEntry entry) throws IOException, WorkbookProblem {
        try (InputStream in = zip.getInputStream(entry)) {
            String prologue = new String(in.readNBytes(PROLOGUE_BYTES), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (prologue.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") || prologue.contains("<!ENTITY")) {
                throw new WorkbookProblem("xml_entities_refused", "part " + entry.getName() + " declares a document"
                        + " type or entities (possibly external ones); such workbooks are not opened");
            }
        }
    }

    /** POI reports most damage as IOException or runtime exceptions with telling messages. */
    private static WorkbookProblem classify(Exception e, boolean zip) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return new WorkbookProblem("zip_bomb", "the workbook expands far more than a real workbook (a zip bomb);"
                    + " it was not unpacked");
        }
        if (lower.contains("doctype") || lower.contains("entity")) {
            return new WorkbookProblem("xml_entities_refused", "the workbook's XML declares a document type or"
                    + " entities; such workbooks are not opened");
        }
        if (lower.contains("password") || lower.contains("encrypt")) {
            return new WorkbookProblem("encrypted_workbook", "the workbook is password-protected; save it without a"
                    + " password to open");
        }
        String kind = zip ? "an .xlsx" : "an .xls";
        return new WorkbookProblem(zip ? "truncated_workbook" : "unreadable_workbook", "the file looks like " + kind
                + " workbook but cannot be opened (" + e.getClass().getSimpleName() + ": " + firstLine(message)
                + "); open and save it again in Excel");
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
