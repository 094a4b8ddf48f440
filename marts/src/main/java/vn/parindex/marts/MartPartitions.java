package vn.parindex.marts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The province partitions of a mart folder, named the way Spark's {@code partitionBy("province")} names them:
 * {@code province=<value>}, with the characters a path cannot hold written as %XX (Spark's escapePathName set).
 * A folder without such sub-folders is unpartitioned (an older snapshot, a test warehouse): its part files sit at the
 * top and hold the province column themselves.
 */
public final class MartPartitions {
    public static final String COLUMN = "province";
    private static final String PREFIX = COLUMN + "=";
    private static final String ESCAPED = "\"#%'*/:=?\\\u007F{[]^";

    private MartPartitions() {
    }

    /** The folder name of a province's partition. */
    public static String folderName(String province) {
        StringBuilder name = new StringBuilder(PREFIX);
        for (int i = 0; i < province.length(); i++) {
            char c = province.charAt(i);
            if (c < 0x20 || ESCAPED.indexOf(c) >= 0) {
                name.append('%').append(String.format("%02X", (int) c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The province a partition folder holds, or empty for a folder that is no partition. */
    public static Optional<String> provinceOf(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String escaped = name.substring(PREFIX.length());
        StringBuilder province = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            // only ASCII characters are escaped, so each %XX is one char
            if (c == '%' && i + 2 < escaped.length() && isHex(escaped.charAt(i + 1)) && isHex(escaped.charAt(i + 2))) {
                province.append((char) Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                province.append(c);
            }
        }
        return Optional.of(province.toString());
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The partition folders of a mart, by folder name; empty when the mart is unpartitioned. */
    public static List<Path> folders(Path mart) throws IOException {
        if (!Files.isDirectory(mart)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(mart)) {
            return new ArrayList<>(children.filter(Files::isDirectory).filter(p -> provinceOf(p).isPresent())
                    .sorted().toList());
        }
    }

    /** The folder holding one province's part files, when the mart is partitioned and has that province. */
    public static Optional<Path> folder(Path mart, String province) {
        Path folder = mart.resolve(folderName(province));
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Whether the mart folder is partitioned by province. */
    public static boolean isPartitioned(Path mart) throws IOException {
        return !folders(mart).isEmpty();
    }
}
