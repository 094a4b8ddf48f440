package vn.parindex.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.parindex.ingest.ScoreFiles;

/**
 * The identity of one run's input: content hashes of every input file plus the product version, and the as-of date
 * when there are plan files (task statuses change with the date, so each day's run recomputes them).
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Path inputDir, String productVersion, java.time.LocalDate asOf) {
        List<Path> files = new ArrayList<>();
        Path reference = inputDir.resolve("reference");
        if (Files.isDirectory(reference)) {
            try (Stream<Path> list = Files.list(reference)) {
                list.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".csv")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.addAll(ScoreFiles.list(inputDir));
        List<Path> plans = ScoreFiles.plans(inputDir);
        files.addAll(plans);
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            lines.add(ScoreFiles.displayName(inputDir, file) + "\t" + sha256(file));
        }
        lines.sort(null);
        lines.add("version\t" + productVersion);
        if (!plans.isEmpty()) {
            lines.add("as_of\t" + asOf);
        }
        return sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
