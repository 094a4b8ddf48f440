package vn.parindex.grid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The checks an Office Open XML package (.xlsx, .docx) passes before POI builds anything from it: the file's size,
 * each part's unpacked size and inflation ratio (zip bombs), and no part declaring a document type or entities (XXE).
 * One implementation for workbooks and Word files; each names its own rules.
 *
 * @param noun         "workbook", "Word document": how messages name the file
 * @param tooLarge     the rule of a file or part over the limits
 * @param bigSheetPart a part name fragment whose oversize is {@code sheetTooLarge} instead (a workbook's sheets)
 * @param damaged      the rule of a package that cannot be unpacked
 * @param saveAgain    what to do about damage: "copy the file again from the original"
 */
public record OfficePackage(String noun, String tooLarge, String bigSheetPart, String sheetTooLarge, String damaged,
                            String saveAgain) {
    private static final int PROLOGUE_BYTES = 2048;
    private static final long BOMB_CHECK_FROM = 1024 * 1024;

    static {
        // Process-wide POI settings: kept on (and tightened) for every package the product opens.
        ZipSecureFile.setMinInflateRatio(Limits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(Limits.MAX_PART_BYTES);
    }

    /** The file's size against {@link Limits#MAX_FILE_BYTES}. */
    public void checkSize(Path file) throws ReadProblem {
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                throw new ReadProblem(tooLarge, "the file is " + Limits.megabytes(size) + "; a published " + noun
                        + " is far below the limit of " + Limits.megabytes(Limits.MAX_FILE_BYTES));
            }
        } catch (IOException e) {
            throw new ReadProblem("unreadable_file", "the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads the zip's directory and the start of each XML part: a zip bomb or a part declaring a DTD (which could
     * reference external entities) is refused before any XML parser sees it.
     */
    public void inspect(Path file) throws ReadProblem {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                checkSizes(entry);
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    checkPrologue(zip, entry);
                }
            }
        } catch (ZipException e) {
            throw new ReadProblem(damaged, "the " + noun + " is damaged or incomplete (" + e.getMessage() + "); "
                    + saveAgain);
        } catch (IOException e) {
            throw new ReadProblem(damaged, "the " + noun + " cannot be unpacked (" + e.getMessage() + "); "
                    + saveAgain);
        }
    }

    /** Whether the package holds a part of that name (word/document.xml, xl/workbook.xml). */
    public static boolean hasPart(Path file, String part) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(part) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkSizes(ZipEntry entry) throws ReadProblem {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > BOMB_CHECK_FROM && compressed >= 0 && (double) compressed / size < Limits.MIN_INFLATE_RATIO) {
            throw zipBomb(entry.getName());
        }
        if (size > Limits.MAX_PART_BYTES) {
            boolean sheet = bigSheetPart != null && entry.getName().contains(bigSheetPart);
            throw new ReadProblem(sheet ? sheetTooLarge : tooLarge, "part " + entry.getName() + " unpacks to "
                    + Limits.megabytes(size) + ", above the limit of " + Limits.megabytes(Limits.MAX_PART_BYTES));
        }
    }

    public static ReadProblem zipBomb(String part) {
        return new ReadProblem("zip_bomb", "part " + part + " expands more than "
                + Math.round(1 / Limits.MIN_INFLATE_RATIO) + " times (a zip bomb); the file was not unpacked");
    }

    private void checkPrologue(ZipFile zip, ZipEntry entry) throws IOException, ReadProblem {
        try (InputStream in = zip.getInputStream(entry)) {
            String prologue = new String(in.readNBytes(PROLOGUE_BYTES), StandardCharsets.ISO_8859_1);
            if (prologue.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") || prologue.contains("<!ENTITY")) {
                throw new ReadProblem("xml_entities_refused", "part " + entry.getName() + " declares a document"
                        + " type or entities (possibly external ones); such " + noun + "s are not opened");
            }
        }
    }
}
