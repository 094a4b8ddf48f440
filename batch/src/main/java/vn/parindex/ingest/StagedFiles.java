package vn.parindex.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files the ingest step's workers staged, gathered for the settle step. Each worker hands over its files when it
 * finishes ({@link StagingArea}); settling needs them in the run's reading order (the first of two identical repeats
 * is the one used), which the workers, reading side by side, do not keep between them.
 */
public class StagedFiles {
    private final List<FileStage> files = new ArrayList<>();

    public synchronized void clear() {
        files.clear();
    }

    public synchronized void add(List<FileStage> staged) {
        files.addAll(staged);
    }

    /**
     * Every staged file in the order {@link ScoreFiles#list} reads them: a file's name is its path under the input
     * folder, so resolved against that folder it is the path the listing sorted.
     */
    public synchronized List<FileStage> inReadingOrder(Path inputDir) {
        List<FileStage> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(stage -> inputDir.resolve(stage.file())));
        return ordered;
    }
}
