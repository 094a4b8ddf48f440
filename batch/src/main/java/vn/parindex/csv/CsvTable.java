package vn.parindex.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.parindex.text.Names;

/** A delimited file with a header: columns found by name, case-insensitively; unknown extra columns are ignored. */
public final class CsvTable {
    private final Map<String, Integer> columns;
    private final int headerSize;
    private final List<CsvRecord> rows;

    private CsvTable(Map<String, Integer> columns, int headerSize, List<CsvRecord> rows) {
        this.columns = columns;
        this.headerSize = headerSize;
        this.rows = rows;
    }

    /** Reads the file and checks that the required columns are there. */
    public static CsvTable read(Path file, List<String> required) throws IOException, InputFileException {
        return of(DelimitedText.read(file), required);
    }

    public static CsvTable of(DelimitedText text, List<String> required) throws InputFileException {
        List<CsvRecord> records = text.records();
        if (records.isEmpty()) {
            throw new InputFileException("empty_file", 1, "the file is empty: no header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String key = headerKey(header.get(i));
            Integer first = columns.putIfAbsent(key, i);
            if (first != null && !key.isEmpty()) { // which of the two would be meant cannot be known
                throw new InputFileException("duplicate_column", 1, "the header names the column '"
                        + Names.clean(header.get(i)) + "' twice (columns " + (first + 1) + " and " + (i + 1) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!columns.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException("missing_column", 1, "the header lacks the column(s) " + String.join(", ", missing)
                    + " (found: " + String.join(", ", header) + ")");
        }
        return new CsvTable(columns, header.size(), records.subList(1, records.size()));
    }

    private static String headerKey(String name) {
        return Names.clean(name).toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    public int headerSize() {
        return headerSize;
    }

    public List<CsvRecord> rows() {
        return rows;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cleaned (NFC, trimmed) value of a column, "" when the column is absent or the row is short. */
    public String get(CsvRecord row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : Names.clean(row.field(index));
    }

    public Optional<String> optional(CsvRecord row, String column) {
        String value = get(row, column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
