package vn.parindex.dashboard.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an extract CSV (UTF-8, RFC 4180 quoting, CRLF) as a table of strings; blanks become null. */
final class CsvExtractReader {
    private CsvExtractReader() {
    }

    static Table read(String name, Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IOException(file + " has no header");
        }
        Columns columns = new Columns(records.get(0));
        List<Row> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Object[] values = new Object[columns.names().size()];
            for (int i = 0; i < values.length && i < record.size(); i++) {
                values[i] = record.get(i).isEmpty() ? null : Names.nfc(record.get(i));
            }
            rows.add(new Row(columns, values));
        }
        return new Table(name, columns, rows);
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
