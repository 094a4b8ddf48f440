package vn.parindex.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.text.Names;

/**
 * A header row: columns found by name, case-insensitively (spaces read as underscores); unknown extra columns are
 * ignored; a name given twice, or a required one missing, is an error of the file.
 */
final class CsvHeader {
    private final Map<String, Integer> columns;
    private final int size;

    private CsvHeader(Map<String, Integer> columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    /** The first record of a file, or null when it has none. */
    static CsvHeader of(CsvRecord first, List<String> required) throws InputFileException {
        if (first == null) {
            throw new InputFileException("empty_file", 1, "the file is empty: no header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = first.fields();
        for (int i = 0; i < header.size(); i++) {
            String key = key(header.get(i));
            Integer earlier = columns.putIfAbsent(key, i);
            if (earlier != null && !key.isEmpty()) { // which of the two would be meant cannot be known
                throw new InputFileException("duplicate_column", 1, "the header names the column '"
                        + Names.clean(header.get(i)) + "' twice (columns " + (earlier + 1) + " and " + (i + 1) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!columns.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputFileException("missing_column", 1, "the header lacks the column(s) "
                    + String.join(", ", missing) + " (found: " + String.join(", ", header) + ")");
        }
        return new CsvHeader(columns, header.size());
    }

    private static String key(String name) {
        return Names.clean(name).toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    int size() {
        return size;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The cleaned (NFC, trimmed) value of a column, "" when the column is absent or the row is short. */
    String get(CsvRecord row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : Names.clean(row.field(index));
    }
}
