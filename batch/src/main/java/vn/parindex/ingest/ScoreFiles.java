package vn.parindex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The score and plan files of an input folder (DIR/scores/**, DIR/plans/**), in a stable order: CSV, workbooks
 * (.xlsx, .xls) and documents (.docx, .pdf, and .doc, which is refused with its reason rather than ignored).
 */
public final class ScoreFiles {
    private ScoreFiles() {
    }

    public static List<Path> list(Path inputDir) {
        return under(inputDir.resolve("scores"));
    }

    /** The plan task files of an input folder (DIR/plans/**, contract 1.7), in a stable order. */
    public static List<Path> plans(Path inputDir) {
        return under(inputDir.resolve("plans"));
    }

    private static List<Path> under(Path scores) {
        if (!Files.isDirectory(scores)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(scores)) {
            return walk.filter(Files::isRegularFile).filter(ScoreFiles::isScoreFile)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isScoreFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$")
                && (name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xls")
                || name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".pdf"));
    }

    /** The name a file has in messages and in quality_issues.csv: its path under the input folder, with '/'. */
    public static String displayName(Path inputDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = inputDir.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : file;
        return shown.toString().replace('\\', '/');
    }
}
