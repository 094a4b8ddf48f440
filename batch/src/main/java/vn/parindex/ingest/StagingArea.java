package vn.parindex.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The ingest step's writer: keeps each file's checked lines apart, because a file with any error is quarantined
 * whole and that is known only once the whole file has been read.
 */
public class StagingArea implements ItemWriter<CheckedLine> {
    private final Map<String, FileStage> files = new LinkedHashMap<>();

    public synchronized void clear() {
        files.clear();
    }

    @Override
    public synchronized void write(Chunk<? extends CheckedLine> chunk) {
        for (CheckedLine line : chunk) {
            files.computeIfAbsent(line.file(), FileStage::new).add(line);
        }
    }

    public synchronized List<FileStage> files() {
        return new ArrayList<>(files.values());
    }
}
