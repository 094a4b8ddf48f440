package vn.parindex.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;
import vn.parindex.csv.InputFileException;

/**
 * Reads one of the generator's source tables (src/main/resources/sources/*.csv) through the product's CSV reader
 * (UTF-8, a header line, RFC 4180 quoting; CRLF reads as LF, blank lines are skipped). Every row has the header's
 * fields: a source table is typed by hand, and a field too many or too few is a mistake to name, file and line. Rows
 * come back in file order as column -> text, as written.
 */
final class SourceCsv {
    private SourceCsv() {
    }

    static List<Map<String, String>> read(String name) {
        String resource = "/sources/" + name;
        try (InputStream in = SourceCsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no source table " + resource + " on the classpath");
            }
            return parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static List<Map<String, String>> parse(String name, String text) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> parse(String name, byte[] bytes) {
        List<CsvRecord> records;
        try {
            records = DelimitedText.parse(bytes).records();
        } catch (InputFileException e) {
            throw new IllegalStateException(name + ":" + e.line() + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IllegalStateException(name + ":1: the file is empty: no header row");
        }
        List<String> header = records.get(0).fields();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() != header.size()) {
                throw new IllegalStateException(name + ":" + record.line() + ": " + record.fields().size()
                        + " fields, the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), record.field(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
