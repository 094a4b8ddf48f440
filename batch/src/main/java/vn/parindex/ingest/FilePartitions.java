package vn.parindex.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits the score files among the ingest step's workers, balanced by bytes: the largest file first, each to the
 * worker with the fewest bytes so far (ties: the lower worker, the earlier file), and each worker's files in reading
 * order.
 */
public final class FilePartitions {
    private FilePartitions() {
    }

    /** How many workers the files are worth: at most one per file, at least one. */
    public static int count(List<Path> files, int workers) {
        return Math.max(1, Math.min(workers, files.size()));
    }

    /** The files of each of {@code partitions} workers, each worker's in the listing's order. */
    public static List<List<Path>> split(List<Path> files, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException(partitions + " partitions");
        }
        long[] bytes = new long[partitions];
        List<List<Integer>> assigned = new ArrayList<>();
        IntStream.range(0, partitions).forEach(p -> assigned.add(new ArrayList<>()));
        long[] sizes = files.stream().mapToLong(FilePartitions::size).toArray();
        List<Integer> largestFirst = IntStream.range(0, files.size()).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -sizes[i]).thenComparing(i -> i)).toList();
        for (int file : largestFirst) {
            int lightest = 0;
            for (int p = 1; p < partitions; p++) {
                if (bytes[p] < bytes[lightest]) {
                    lightest = p;
                }
            }
            bytes[lightest] += sizes[file];
            assigned.get(lightest).add(file);
        }
        return assigned.stream().map(worker -> worker.stream().sorted().map(files::get).toList()).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) { // vanished or unreadable: its reader reports it, wherever it lands
            return 0;
        }
    }
}
