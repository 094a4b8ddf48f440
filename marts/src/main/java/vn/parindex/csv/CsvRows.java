package vn.parindex.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A delimited file with a header, read a row at a time (a score file can hold a whole nation): the file's own
 * problems (not UTF-8, a quote left open, the header's) are found when it is opened, as when it is read whole.
 */
public final class CsvRows implements AutoCloseable {
    private final DelimitedText.Records records;
    private final CsvHeader header;

    private CsvRows(DelimitedText.Records records, CsvHeader header) {
        this.records = records;
        this.header = header;
    }

    /** Opens the file and checks it and its header; the caller closes it. */
    public static CsvRows open(Path file, List<String> required) throws IOException, InputFileException {
        DelimitedText.Records records = DelimitedText.open(file);
        try {
            return new CsvRows(records, CsvHeader.of(records.next(), required));
        } catch (IOException | InputFileException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    public int headerSize() {
        return header.size();
    }

    /** The next row that is not blank, or null after the last. */
    public CsvRecord next() throws IOException, InputFileException {
        return records.next();
    }

    /** The cleaned (NFC, trimmed) value of a column, "" when the column is absent or the row is short. */
    public String get(CsvRecord row, String column) {
        return header.get(row, column);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
