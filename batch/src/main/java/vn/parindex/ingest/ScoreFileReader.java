package vn.parindex.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.quality.Issue;

/**
 * Reads every score file of the input folder, record by record. A file that cannot be read at all (not UTF-8,
 * no header, missing columns) yields one line carrying that problem (so does a row with more values than the header), so the processor reports it like any other.
 */
public class ScoreFileReader implements ItemStreamReader<ScoreLine> {
    static final List<String> COLUMNS = List.of("province", "year", "unit", "index", "code", "score", "self_score");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 6);

    private final Supplier<Path> inputDir;
    private final Supplier<List<Path>> files;
    private final Deque<Path> pending = new ArrayDeque<>();
    private String currentFile;
    private CsvTable currentTable;
    private int headerSize;
    private Iterator<CsvRecord> currentRows;

    /** The input folder is asked for when the step opens the reader, so one reader serves every run. */
    public ScoreFileReader(Supplier<Path> inputDir) {
        this(inputDir, () -> ScoreFiles.list(inputDir.get()));
    }

    /** Reads the given files only (validate FILE...), named relative to the input folder where they are in it. */
    public ScoreFileReader(Supplier<Path> inputDir, Supplier<List<Path>> files) {
        this.inputDir = inputDir;
        this.files = files;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending.clear();
        pending.addAll(files.get());
        currentRows = null;
    }

    @Override
    public ScoreLine read() throws IOException {
        while (true) {
            if (currentRows != null && currentRows.hasNext()) {
                CsvRecord row = currentRows.next();
                if (hasExtraValues(row)) {
                    return new ScoreLine(currentFile, row.line(), Map.of(), Issue.error(currentFile, row.line(), "",
                            "extra_fields", "the row has " + row.fields().size() + " fields but the header has "
                                    + headerSize + " (an unquoted decimal comma in a ','-delimited file?)"));
                }
                Map<String, String> fields = new HashMap<>();
                for (String column : COLUMNS) {
                    fields.put(column, currentTable.get(row, column));
                }
                return new ScoreLine(currentFile, row.line(), fields, null);
            }
            Path next = pending.poll();
            if (next == null) {
                return null;
            }
            ScoreLine unreadable = startFile(next);
            if (unreadable != null) {
                return unreadable;
            }
        }
    }

    private ScoreLine startFile(Path file) throws IOException {
        currentFile = ScoreFiles.displayName(inputDir.get(), file);
        currentRows = null;
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return problem(1, "unsupported_format", "published workbooks (.xlsx, .xls) are not read by this version;"
                    + " export the table as CSV in the long form of the contract");
        }
        try {
            currentTable = CsvTable.read(file, REQUIRED);
            headerSize = currentTable.headerSize();
            currentRows = currentTable.rows().iterator();
            return null;
        } catch (InputFileException e) {
            return problem(e.line(), e.rule(), e.getMessage());
        }
    }

    private boolean hasExtraValues(CsvRecord row) {
        return row.fields().subList(Math.min(headerSize, row.fields().size()), row.fields().size()).stream()
                .anyMatch(field -> !field.isBlank());
    }

    private ScoreLine problem(int line, String rule, String message) {
        return new ScoreLine(currentFile, line, Map.of(), Issue.error(currentFile, line, "", rule, message));
    }
}
