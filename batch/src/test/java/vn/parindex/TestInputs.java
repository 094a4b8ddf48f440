package vn.parindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;

/** Input folders and extracts for tests: the contract's worked example, files written from text, CSVs read back. */
public final class TestInputs {
    public static final List<String> EXTRACTS = List.of("unit_year", "component_year", "loss_drivers",
            "province_summary", "target_status", "goal_gaps", "task_status");

    /** The date the contract's example was computed as of (task statuses depend on it). */
    public static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2024, 6, 15);

    private TestInputs() {
    }

    /** The contract's worked example (a copy under src/test/resources/example). */
    public static Path example() {
        try {
            return Path.of(TestInputs.class.getResource("/example").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the example's input folder under dir, ready to be changed by a test. */
    public static Path copyExampleInput(Path dir) {
        Path target = dir.resolve("input");
        Path source = example().resolve("input");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static Path write(Path file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file read back as rows keyed by header name. */
    public static List<Map<String, String>> readCsv(Path file) {
        try {
            List<CsvRecord> records = DelimitedText.read(file).records();
            List<String> header = records.get(0).fields();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CsvRecord record : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.field(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The one row whose columns have the given values; fails when there is not exactly one. */
    public static Map<String, String> only(List<Map<String, String>> rows, String... columnValuePairs) {
        List<Map<String, String>> matching = rows.stream().filter(row -> {
            for (int i = 0; i < columnValuePairs.length; i += 2) {
                if (!columnValuePairs[i + 1].equals(row.get(columnValuePairs[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one row with " + List.of(columnValuePairs) + " but found "
                    + matching.size() + ": " + matching);
        }
        return matching.get(0);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies files a test made to target/{@code folder}, to be looked at after the run (fixtures, printed PDFs). */
    public static void keep(List<Path> files, String folder) {
        try {
            Path target = Path.of("target").resolve(folder);
            java.nio.file.Files.createDirectories(target);
            for (Path file : files) {
                java.nio.file.Files.copy(file, target.resolve(file.getParent().getFileName() + "-" + file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
