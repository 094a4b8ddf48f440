package vn.parindex.marts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The partitions of a mart folder, named the way Spark's {@code partitionBy(column)} names them:
 * {@code column=<value>}, with the characters a path cannot hold written as %XX (Spark's escapePathName set). The
 * marts are partitioned by province ({@link #COLUMN}); domain_year by unit type. A folder without such sub-folders
 * is unpartitioned (an older snapshot, a test warehouse): its part files sit at the top and hold the column
 * themselves.
 */
public final class MartPartitions {
    public static final String COLUMN = "province";
    private static final String ESCAPED = "\"#%'*/:=?\\\u007F{[]^";

    private MartPartitions() {
    }

    /** The folder name of a province's partition. */
    public static String folderName(String province) {
        return folderName(COLUMN, province);
    }

    /** The folder name of the partition holding the rows whose column has that value. */
    public static String folderName(String column, String value) {
        StringBuilder name = new StringBuilder(column).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || ESCAPED.indexOf(c) >= 0) {
                name.append('%').append(String.format("%02X", (int) c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The province a partition folder holds, or empty for a folder that is no province partition. */
    public static Optional<String> provinceOf(Path folder) {
        return valueOf(COLUMN, folder);
    }

    /** The value a partition folder of that column holds, or empty for a folder that is no such partition. */
    public static Optional<String> valueOf(String column, Path folder) {
        String name = folder.getFileName().toString();
        String prefix = column + "=";
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        String escaped = name.substring(prefix.length());
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            // only ASCII characters are escaped, so each %XX is one char
            if (c == '%' && i + 2 < escaped.length() && isHex(escaped.charAt(i + 1)) && isHex(escaped.charAt(i + 2))) {
                value.append((char) Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                value.append(c);
            }
        }
        return Optional.of(value.toString());
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The province partition folders of a mart, by folder name; empty when the mart is unpartitioned. */
    public static List<Path> folders(Path mart) throws IOException {
        return folders(mart, COLUMN);
    }

    /** The partition folders of a mart by that column, by folder name; empty when it is not so partitioned. */
    public static List<Path> folders(Path mart, String column) throws IOException {
        if (!Files.isDirectory(mart)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(mart)) {
            return new ArrayList<>(children.filter(Files::isDirectory).filter(p -> valueOf(column, p).isPresent())
                    .sorted().toList());
        }
    }

    /** The folder holding one province's part files, when the mart is partitioned and has that province. */
    public static Optional<Path> folder(Path mart, String province) {
        return folder(mart, COLUMN, province);
    }

    /** The folder holding the part files of one value of the column, when there is one. */
    public static Optional<Path> folder(Path mart, String column, String value) {
        Path folder = mart.resolve(folderName(column, value));
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Whether the mart folder is partitioned by province. */
    public static boolean isPartitioned(Path mart) throws IOException {
        return !folders(mart).isEmpty();
    }
}
