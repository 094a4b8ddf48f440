package vn.parindex.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one of the generator's source tables (src/main/resources/sources/*.csv): UTF-8, a header line, ','
 * between fields, '"' quoting with '""' inside, one record a line (no line breaks inside a field). Rows come back in file order as column -> text.
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
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static List<Map<String, String>> parse(String name, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1); // a source edited on Windows reads the same
        List<String> header = fields(name, 1, lines[0]);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            List<String> fields = fields(name, i + 1, lines[i]);
            if (fields.size() != header.size()) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": " + fields.size() + " fields, the header has "
                        + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), fields.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String name, int line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalStateException(name + ":" + line + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
