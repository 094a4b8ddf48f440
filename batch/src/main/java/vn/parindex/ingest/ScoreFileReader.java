package vn.parindex.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import vn.parindex.csv.CsvRows;
import vn.parindex.csv.InputFileException;
import vn.parindex.quality.Issue;
import vn.parindex.read.ScoreLine;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.ReferenceDataLoader;
import vn.parindex.annex.AnnexReader;
import vn.parindex.annex.AnnexReading;
import vn.parindex.read.ReadingSummary;

/**
 * Reads every score file of the input folder, record by record. A file that cannot be read at all (not UTF-8,
 * no header, missing columns) yields one line carrying that problem (so does a row with more values than the header), so the processor reports it like any other.
 * A published annex — a workbook (.xlsx, .xls), a Word file (.docx) or a PDF — is turned into the same long-form
 * lines by {@link AnnexReader}.
 */
public class ScoreFileReader implements ItemStreamReader<ScoreLine> {
    static final List<String> COLUMNS = List.of("province", "year", "unit", "index", "code", "score", "self_score",
            "provenance", "source");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 6);

    private final Supplier<Path> inputDir;
    private final Supplier<List<Path>> files;
    private final Supplier<ReferenceData> reference;
    private final List<ReadingSummary> readings = new ArrayList<>();
    private ReferenceData loadedReference;
    private final Deque<Path> pending = new ArrayDeque<>();
    private String currentFile;
    /** The CSV file being read, a row at a time (null between files and for workbooks), and its rows so far. */
    private CsvRows currentRows;
    private long rowsOfCurrent;
    private Iterator<ScoreLine> workbookLines;

    /** The input folder is asked for when the step opens the reader, so one reader serves every run. */
    public ScoreFileReader(Supplier<Path> inputDir) {
        this(inputDir, () -> ScoreFiles.list(inputDir.get()));
    }

    /** Reads the given files only (validate FILE...), named relative to the input folder where they are in it. */
    public ScoreFileReader(Supplier<Path> inputDir, Supplier<List<Path>> files) {
        this(inputDir, files, null);
    }

    /**
     * Workbooks need the reference data (domain names, unit tiers); without a supplier it is loaded from the input
     * folder when the first workbook is met, so CSV-only runs are unchanged.
     */
    public ScoreFileReader(Supplier<Path> inputDir, Supplier<List<Path>> files, Supplier<ReferenceData> reference) {
        this.inputDir = inputDir;
        this.files = files;
        this.reference = reference;
    }

    /** How each workbook read since the reader was opened was understood (for `validate`). */
    public List<ReadingSummary> readings() {
        return List.copyOf(readings);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending.clear();
        pending.addAll(files.get());
        closeCurrent();
        workbookLines = null;
        readings.clear();
        loadedReference = null;
    }

    @Override
    public ScoreLine read() throws IOException {
        while (true) {
            if (workbookLines != null && workbookLines.hasNext()) {
                return workbookLines.next();
            }
            CsvRecord row;
            try {
                row = currentRows == null ? null : currentRows.next();
            } catch (InputFileException e) {
                // checked whole when it was opened, so it changed while it was read: the rest of it is not known
                closeCurrent();
                return problem(e.line(), e.rule(), "the file changed while it was read: " + e.getMessage());
            }
            if (row != null) {
                rowsOfCurrent++;
                if (hasExtraValues(row)) {
                    return new ScoreLine(currentFile, row.line(), Map.of(), Issue.error(currentFile, row.line(), "",
                            "extra_fields", "the row has " + row.fields().size() + " fields but the header has "
                                    + currentRows.headerSize() + " (an unquoted decimal comma in a ','-delimited file?)"));
                }
                Map<String, String> fields = new HashMap<>();
                for (String column : COLUMNS) {
                    fields.put(column, currentRows.get(row, column));
                }
                return new ScoreLine(currentFile, row.line(), fields, null);
            }
            boolean headerOnly = currentRows != null && rowsOfCurrent == 0;
            closeCurrent();
            workbookLines = null;
            if (headerOnly) { // nothing wrong in it, and nothing from it: said, so an emptied file is noticed
                return new ScoreLine(currentFile, 0, Map.of(), Issue.noRows(currentFile, "no_rows",
                        "the file has a header but no score rows: it contributed nothing"));
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

    /** The step is over: nothing read is kept until the next run. */
    @Override
    public void close() {
        pending.clear();
        closeCurrent();
        workbookLines = null;
    }

    private void closeCurrent() {
        if (currentRows != null) {
            try {
                currentRows.close();
            } catch (IOException e) {
                // read to its end or given up: nothing is lost
            }
            currentRows = null;
        }
    }

    private ScoreLine startFile(Path file) throws IOException {
        currentFile = ScoreFiles.displayName(inputDir.get(), file);
        closeCurrent();
        workbookLines = null;
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            AnnexReading reading = new AnnexReader(reference()).read(file, currentFile);
            readings.add(reading.summary());
            workbookLines = reading.lines().iterator();
            return null;
        }
        try {
            currentRows = CsvRows.open(file, REQUIRED);
            rowsOfCurrent = 0;
            return null;
        } catch (InputFileException e) {
            return problem(e.line(), e.rule(), e.getMessage());
        }
    }

    private ReferenceData reference() throws IOException {
        if (reference != null) {
            return reference.get();
        }
        if (loadedReference == null) {
            try {
                loadedReference = ReferenceDataLoader.load(inputDir.get());
            } catch (Exception e) {
                throw new IOException("reference data needed to read workbooks cannot be loaded", e);
            }
        }
        return loadedReference;
    }

    private boolean hasExtraValues(CsvRecord row) {
        for (int i = currentRows.headerSize(); i < row.fields().size(); i++) {
            if (!row.fields().get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private ScoreLine problem(int line, String rule, String message) {
        return new ScoreLine(currentFile, line, Map.of(), Issue.error(currentFile, line, "", rule, message));
    }
}
