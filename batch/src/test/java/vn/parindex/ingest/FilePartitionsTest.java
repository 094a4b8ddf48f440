package vn.parindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** How the ingest step splits the score files among its workers, and how the settle step puts them back in order. */
class FilePartitionsTest {
    @TempDir
    Path dir;

    private Path file(String name, int bytes) throws IOException {
        Path file = dir.resolve("scores").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        return file;
    }

    @Test
    void everyFileGoesToOneWorkerInReadingOrderBalancedByBytes() throws IOException {
        List<Path> files = List.of(file("a.csv", 900), file("b.csv", 100), file("c.csv", 500), file("d.csv", 400),
                file("e.csv", 50));

        List<List<Path>> split = FilePartitions.split(files, 2);
        List<Path> first = split.get(0);
        List<Path> second = split.get(1);

        // largest first to the lighter worker: a(900)→0, c(500)→1, d(400)→1, b(100)→0, e(50)→1
        assertEquals(List.of(files.get(0), files.get(1)), first);
        assertEquals(List.of(files.get(2), files.get(3), files.get(4)), second);
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        assertEquals(files.size(), all.stream().distinct().count(), "each file once");
        assertEquals(split, FilePartitions.split(files, 2), "the same split every time");
    }

    @Test
    void neverMoreWorkersThanFilesAndAtLeastOne() throws IOException {
        List<Path> one = List.of(file("only.csv", 10));
        assertEquals(1, FilePartitions.count(one, 8));
        assertEquals(1, FilePartitions.count(List.of(), 8));
        assertEquals(2, FilePartitions.count(List.of(one.get(0), file("two.csv", 10)), 2));
        assertEquals(List.of(List.of()), FilePartitions.split(List.of(), 1));
        assertEquals(List.of(one), FilePartitions.split(one, 1));
        assertThrows(IllegalArgumentException.class, () -> FilePartitions.split(one, 0));
    }

    @Test
    void thePartitionerGivesEachWorkerItsNumberAndFiles() throws IOException {
        List<Path> files = List.of(file("a.csv", 300), file("b.csv", 200), file("c.csv", 100));

        Map<String, ExecutionContext> partitions = new ScoreFilePartitioner(() -> files).partition(2);

        assertEquals(List.of("partition0", "partition1"), List.copyOf(partitions.keySet()));
        assertEquals(0, partitions.get("partition0").getInt(ScoreFilePartitioner.PARTITION));
        assertEquals(List.of(files.get(0).toAbsolutePath().toString()),
                partitions.get("partition0").get(ScoreFilePartitioner.FILES));
        assertEquals(List.of(files.get(1).toAbsolutePath().toString(), files.get(2).toAbsolutePath().toString()),
                partitions.get("partition1").get(ScoreFilePartitioner.FILES));
    }

    @Test
    void theSettleStepGetsTheWorkersFilesBackInTheListingsOrder() throws IOException {
        List<Path> listing = List.of(file("2022/lào-cai.csv", 1), file("2022/z.csv", 1), file("2023/bắc-kạn.csv", 1),
                file("2023/ạ.csv", 1));
        assertEquals(listing, ScoreFiles.list(dir), "the listing the run reads in");
        StagedFiles staged = new StagedFiles();
        StagingArea second = new StagingArea(n -> new MemoryRows(), staged::add);
        StagingArea first = new StagingArea(n -> new MemoryRows(), staged::add);
        for (int i : new int[]{3, 1}) {
            second.write(new org.springframework.batch.infrastructure.item.Chunk<>(List.of(line(listing.get(i)))));
        }
        for (int i : new int[]{0, 2}) {
            first.write(new org.springframework.batch.infrastructure.item.Chunk<>(List.of(line(listing.get(i)))));
        }
        second.close();
        first.close();
        first.close();

        List<String> names = staged.inReadingOrder(dir).stream().map(FileStage::file).toList();

        assertEquals(listing.stream().map(path -> ScoreFiles.displayName(dir, path)).toList(), names);
        staged.clear();
        assertTrue(staged.inReadingOrder(dir).isEmpty());
    }

    private CheckedLine line(Path file) {
        return new CheckedLine(ScoreFiles.displayName(dir, file), 2, null, List.of(), null);
    }
}
