package vn.parindex.grid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file really is by its first bytes, whatever its name says: a zip (Office Open XML), OLE2 or a PDF. */
public enum FileSignature {
    /** A zip: .xlsx, .docx (or any other zip). */
    ZIP,
    /** An OLE2 compound file: .xls, .doc, or an encrypted .xlsx/.docx. */
    OLE2,
    /** "%PDF-" within the first kilobyte, as PDF readers accept it. */
    PDF,
    OTHER;

    private static final int PDF_SEARCH_BYTES = 1024;

    public static FileSignature of(Path file) throws ReadProblem {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PDF_SEARCH_BYTES);
        } catch (IOException e) {
            throw new ReadProblem("unreadable_file", "the file cannot be read: " + e.getMessage());
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return ZIP;
        }
        if (startsWith(head, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return OLE2;
        }
        return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-") ? PDF : OTHER;
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
