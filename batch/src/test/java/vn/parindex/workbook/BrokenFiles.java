package vn.parindex.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The hostile and damaged files a shared input folder receives, built byte by byte. */
public final class BrokenFiles {
    private BrokenFiles() {
    }

    /** A good published annex for the example's Tỉnh Mẫu 2024. */
    static byte[] goodAnnex() {
        return Annex.xlsx(3).title("ỦY BAN NHÂN DÂN TỈNH MẪU").title("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
                .header("STT", "Tên cơ quan, đơn vị", "Xếp hạng").row(1, "Sở Nội vụ", 1).bytes();
    }

    /** The example's annex with its title and header and no unit row: a template not filled in yet. */
    public static byte[] emptyAnnex() {
        return Annex.xlsx(3).title("ỦY BAN NHÂN DÂN TỈNH MẪU").title("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
                .header("STT", "Tên cơ quan, đơn vị", "Xếp hạng").bytes();
    }

    /** A few kilobytes that claim to hold a 50 MB sheet of spaces. */
    public static byte[] zipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] textNamedXlsx() {
        return "province,year,unit,index,code,score\nTỉnh Mẫu,2024,X-NV,PAR,1,9\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] truncated() {
        byte[] good = goodAnnex();
        return Arrays.copyOf(good, good.length / 2);
    }

    public static byte[] encrypted() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(goodAnnex());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A good annex whose sheet XML declares an external entity (XXE) and uses it in a cell. */
    public static byte[] externalEntity() {
        return rewriteSheet(goodAnnex(), xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
                + " \"file:///etc/passwd\">]>").replace("Sở Nội vụ", "&xxe;"));
    }

    /** 60,000 rows under a proper header: far beyond any ranking table. */
    public static byte[] enormousSheet() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("PL01");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Tên cơ quan, đơn vị");
            header.createCell(2).setCellValue("Xếp hạng");
            for (int i = 1; i <= 60_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(2).setCellValue(i);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewriteSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
