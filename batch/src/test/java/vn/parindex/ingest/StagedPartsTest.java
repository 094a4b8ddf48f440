package vn.parindex.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;

/** The staged part files put into a snapshot: every part once, as the same file, nothing else. */
class StagedPartsTest {
    @TempDir
    Path dir;

    @Test
    void everyPartFileIsLinkedUnderItsFoldersNameAndNothingElse() throws IOException {
        Path first = Files.createDirectories(dir.resolve("staging/000-000001"));
        Path second = Files.createDirectories(dir.resolve("staging/001-000002"));
        Files.writeString(first.resolve("part-00000.snappy.parquet"), "a");
        Files.writeString(first.resolve("part-00001.snappy.parquet"), "b");
        Files.writeString(first.resolve(".part-00000.snappy.parquet.crc"), "checksum");
        Files.writeString(second.resolve("part-00000.snappy.parquet"), "c");
        Files.writeString(second.resolve("_SUCCESS"), "");
        Path target = dir.resolve("snapshot/staged/scores");

        StagedParts.linkInto(List.of(first, second), target);

        try (Stream<Path> files = Files.list(target)) {
            assertEquals(List.of("000-000001-part-00000.snappy.parquet", "000-000001-part-00001.snappy.parquet",
                    "001-000002-part-00000.snappy.parquet"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        Path linked = target.resolve("000-000001-part-00001.snappy.parquet");
        assertEquals("b", Files.readString(linked));
        assertTrue(Files.isSameFile(linked, first.resolve("part-00001.snappy.parquet")), "copied, not linked");

        // the staging folder is emptied after the run: the snapshot's link keeps the rows
        Files.delete(first.resolve("part-00001.snappy.parquet"));
        assertEquals("b", Files.readString(linked));
    }

    @Test
    void aLeftoverStagingFileIsNeverWrittenThroughIntoALinkedSnapshot() throws IOException {
        Path staging = dir.resolve("staging/000-000000");
        ParquetRows rows = new ParquetRows(staging);
        rows.add(new StagedScore("scores/a.csv", 2, "Lào Cai", Tier.DEPARTMENT, 2022, "LCI-STTTT", ScoreIndex.PAR,
                "1.1", 2.5, false, null, Provenance.PUBLISHED, null));
        rows.finish();
        Path target = dir.resolve("snapshot/staged/scores");
        StagedParts.linkInto(List.of(staging), target);
        Path linked = target.resolve("000-000000-part-00000.snappy.parquet");
        byte[] published = Files.readAllBytes(linked);

        // had the staging folder not been emptied, the next run's writer must fail, not truncate the shared file
        assertThrows(UncheckedIOException.class, () -> ParquetRows.in(staging));
        assertArrayEquals(published, Files.readAllBytes(linked));
    }
}
