package vn.parindex.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The ingest step's partitions: the score files listed once, split among the workers by {@link FilePartitions}, each
 * worker's files (absolute paths, in reading order) in its step execution context under {@link #FILES}, as
 * MultiResourcePartitioner does for one file. Files are independent until the settle step, so the workers validate
 * and stage them side by side.
 */
public class ScoreFilePartitioner implements Partitioner {
    /** The step execution context's key of a worker's files. */
    public static final String FILES = "files";
    /** The step execution context's key of a worker's number (0, 1, …), which names its staging folders. */
    public static final String PARTITION = "partition";

    private final Supplier<List<Path>> files;

    public ScoreFilePartitioner(Supplier<List<Path>> files) {
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Path> listed = files.get();
        List<List<Path>> split = FilePartitions.split(listed, FilePartitions.count(listed, gridSize));
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int p = 0; p < split.size(); p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, p);
            context.put(FILES, new ArrayList<>(split.get(p).stream().map(path -> path.toAbsolutePath().toString())
                    .toList()));
            contexts.put("partition" + p, context);
        }
        return contexts;
    }
}
