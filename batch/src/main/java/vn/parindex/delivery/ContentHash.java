package vn.parindex.delivery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.SnapshotInfo;

/**
 * Whether a part of a mail says anything new (contract section 6: the same body and attachments as the last mail,
 * the date aside, is not sent again). Decided on the content, not on the bytes a night produces: a part's hash is
 * the SHA-256 of its key, its plain-text and HTML sections (which hold no date and no snapshot id) and, for each
 * attachment, its file name and its workbook's parts — every zip entry's name and uncompressed bytes, in name
 * order — of the workbook built under a neutral snapshot name and date ({@link #NEUTRAL}). A workbook names the
 * snapshot it comes from and carries its creation date, so the same figures in tomorrow's snapshot would otherwise
 * look new; the zip container's own timestamps are not hashed either. The workbook mailed is built again under the
 * real snapshot.
 */
final class ContentHash {
    /** The snapshot name and date the hashed workbooks are built under. */
    static final SnapshotInfo NEUTRAL = new SnapshotInfo("-", Instant.EPOCH);

    private ContentHash() {
    }

    /** @param neutral the briefing data under {@link #NEUTRAL} */
    static String of(NewsContent content, BriefingData neutral) throws IOException {
        MessageDigest digest = sha256();
        update(digest, content.key());
        update(digest, content.text());
        update(digest, content.html());
        for (NewsContent.AttachmentSpec attachment : content.attachments()) {
            update(digest, attachment.fileName());
            update(digest, workbookDigest(build(attachment, neutral)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static byte[] build(NewsContent.AttachmentSpec attachment, BriefingData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachment.writer().write(data, out);
        return out.toByteArray();
    }

    /** The SHA-256 of a workbook's parts (entry names and contents in name order), not of its zip container. */
    static String workbookDigest(byte[] workbook) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a workbook just written cannot be read back", e);
        }
        MessageDigest digest = sha256();
        entries.forEach((name, bytes) -> {
            update(digest, name);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Text with its length first, so two fields never run into each other. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
