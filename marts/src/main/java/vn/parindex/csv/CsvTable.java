package vn.parindex.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A delimited file with a header, read whole: columns found by name (see {@link CsvHeader}). */
public final class CsvTable {
    private final CsvHeader header;
    private final List<CsvRecord> rows;

    private CsvTable(CsvHeader header, List<CsvRecord> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads the file and checks that the required columns are there. */
    public static CsvTable read(Path file, List<String> required) throws IOException, InputFileException {
        return of(DelimitedText.read(file), required);
    }

    public static CsvTable of(DelimitedText text, List<String> required) throws InputFileException {
        List<CsvRecord> records = text.records();
        CsvHeader header = CsvHeader.of(records.isEmpty() ? null : records.get(0), required);
        return new CsvTable(header, records.subList(1, records.size()));
    }

    public int headerSize() {
        return header.size();
    }

    public List<CsvRecord> rows() {
        return rows;
    }

    public boolean has(String column) {
        return header.has(column);
    }

    /** The cleaned (NFC, trimmed) value of a column, "" when the column is absent or the row is short. */
    public String get(CsvRecord row, String column) {
        return header.get(row, column);
    }

    public Optional<String> optional(CsvRecord row, String column) {
        String value = get(row, column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
