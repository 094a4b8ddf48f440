package vn.parindex.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import vn.parindex.compute.Mart;
import vn.parindex.marts.ExtractText;
import vn.parindex.marts.MartSchema;
import vn.parindex.quality.Issue;

/** Writes the CSV extracts of contract section 4: '.' decimals with 2 places, true/false, blank for none. */
public final class ExtractWriter {
    private ExtractWriter() {
    }

    /** Streams the mart's rows to the driver one partition at a time and returns how many were written. */
    public static long write(Mart mart, Path file) throws IOException {
        MartSchema schema = mart.schema();
        int width = schema.columns().size();
        long count = 0;
        try (CsvOut out = new CsvOut(file, schema.names())) {
            Iterator<Row> rows = mart.rows().toLocalIterator();
            Object[] values = new Object[width];
            List<String> fields = new ArrayList<>(width);
            while (rows.hasNext()) {
                Row row = rows.next();
                for (int i = 0; i < width; i++) {
                    values[i] = row.get(i);
                }
                fields.clear();
                for (int i = 0; i < width; i++) {
                    fields.add(ExtractText.of(schema, values, i));
                }
                out.row(fields);
                count++;
            }
        }
        return count;
    }

    public static void writeIssues(List<Issue> issues, Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, List.of("severity", "file", "line", "column", "rule", "message", "action"))) {
            for (Issue issue : issues) {
                out.row(List.of(issue.severity().label(), nullToEmpty(issue.file()),
                        issue.line() > 0 ? String.valueOf(issue.line()) : "", nullToEmpty(issue.column()),
                        issue.rule(), issue.message(), issue.action()));
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
