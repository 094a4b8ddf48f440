package vn.parindex.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator, run into an empty folder, writes the repository's data/reference and data/scores byte for byte. */
class RegeneratedDataTest {
    @TempDir
    Path out;

    @Test
    void regeneratingGivesTheBundledFilesByteForByte() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = GenerateSampleData.run(out, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(0, exit, printed.toString(StandardCharsets.UTF_8));
        Path data = RepositoryData.folder();
        for (String folder : List.of("reference", "scores")) {
            List<String> bundled = files(data.resolve(folder));
            assertEquals(bundled, files(out.resolve(folder)), folder + ": the same files");
            for (String file : bundled) {
                assertArrayEquals(Files.readAllBytes(data.resolve(folder).resolve(file)),
                        Files.readAllBytes(out.resolve(folder).resolve(file)), folder + "/" + file);
            }
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(
                "Wrote 127 units, 637 methodology items, 77 targets, 10316 score rows in 53 files."), printed.toString());
    }

    @Test
    void oldScoreFilesAreRemovedBeforeWriting() throws IOException {
        Path stale = Files.createDirectories(out.resolve("scores/synthetic/lao-cai")).resolve("2019-old.csv");
        Files.writeString(stale, "province,year,unit,index,code,score\n");

        GenerateSampleData.run(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertTrue(Files.notExists(stale));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
