package vn.parindex.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Documents a shared input folder receives that must be refused: scans, encrypted, damaged, misnamed. */
final class BrokenDocuments {
    private BrokenDocuments() {
    }

    /** A scanned annex: three A4 pages that are only images (grey noise where the text would be). */
    static byte[] scan() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Random random = new Random(7);
            BufferedImage image = new BufferedImage(600, 850, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < image.getHeight(); y += 3) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int grey = random.nextInt(4) == 0 ? 40 : 250;
                    image.setRGB(x, y, (grey << 16) | (grey << 8) | grey);
                }
            }
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject scanned = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(scanned, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text PDF that opens only with a password. */
    static byte[] passwordPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType1Font.HELVETICA, 12);
                content.newLineAtOffset(72, 700);
                content.showText("KET QUA CHI SO CCHC NAM 2024");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "matkhau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF header and then nothing a PDF reader can find its objects in. */
    static byte[] damagedPdf() {
        byte[] noise = new byte[4000];
        new Random(11).nextBytes(noise);
        byte[] header = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[header.length + noise.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(noise, 0, file, header.length, noise.length);
        return file;
    }

    /** A Word file saved with a password: an OLE2 container around the encrypted package. */
    static byte[] passwordDocx(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
