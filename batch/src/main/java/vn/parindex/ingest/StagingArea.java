package vn.parindex.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The ingest step's writer: keeps each file's checked lines apart, because a file with any error is quarantined
 * whole and that is known only once the whole file has been read. The reader hands the files over one after another,
 * so a file is finished (its rows complete, its keys let go) as soon as the next one starts. In the nightly job each
 * of the ingest step's workers has its own, which hands its files over when the worker's step closes it.
 */
public class StagingArea implements ItemStreamWriter<CheckedLine> {
    private final IntFunction<StagedRows> rowsOfFile;
    private final Consumer<List<FileStage>> whenClosed;
    private final Map<String, FileStage> files = new LinkedHashMap<>();
    private FileStage reading;

    /** Rows held in memory: for `validate` and the tests. */
    public StagingArea() {
        this(n -> new MemoryRows(), files -> { });
    }

    /**
     * @param rowsOfFile where the n-th file's rows go
     * @param whenClosed who takes the files, each finished, when the step closes the writer
     */
    public StagingArea(IntFunction<StagedRows> rowsOfFile, Consumer<List<FileStage>> whenClosed) {
        this.rowsOfFile = rowsOfFile;
        this.whenClosed = whenClosed;
    }

    /** Hands the files over once: a second close finds none. */
    @Override
    public synchronized void close() {
        List<FileStage> finished = files();
        files.clear();
        whenClosed.accept(finished);
    }

    public synchronized void clear() {
        files.clear();
        reading = null;
    }

    @Override
    public synchronized void write(Chunk<? extends CheckedLine> chunk) throws IOException {
        for (CheckedLine line : chunk) {
            if (reading == null || !reading.file().equals(line.file())) {
                finishReading();
                reading = files.computeIfAbsent(line.file(), file -> new FileStage(file,
                        rowsOfFile.apply(files.size())));
            }
            reading.add(line);
        }
    }

    /** Every file, in reading order, each finished. */
    public synchronized List<FileStage> files() {
        try {
            finishReading();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(files.values());
    }

    private void finishReading() throws IOException {
        if (reading != null) {
            reading.finish();
            reading = null;
        }
    }
}
