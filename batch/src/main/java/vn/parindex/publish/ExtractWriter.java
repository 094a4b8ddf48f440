package vn.parindex.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import vn.parindex.compute.Mart;
import vn.parindex.quality.Issue;
import vn.parindex.text.Numbers;

/** Writes the CSV extracts of contract section 4: '.' decimals with 2 places, true/false, blank for none. */
public final class ExtractWriter {
    private ExtractWriter() {
    }

    /** Streams the mart's rows to the driver one partition at a time and returns how many were written. */
    public static long write(Mart mart, Path file) throws IOException {
        String[] columns = mart.rows().columns();
        DataType[] types = Arrays.stream(mart.rows().schema().fields()).map(f -> f.dataType()).toArray(DataType[]::new);
        long count = 0;
        try (CsvOut out = new CsvOut(file, List.of(columns))) {
            Iterator<Row> rows = mart.rows().toLocalIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> fields = new ArrayList<>(columns.length);
                for (int i = 0; i < columns.length; i++) {
                    fields.add(format(mart.name(), columns[i], types[i], row, i));
                }
                out.row(fields);
                count++;
            }
        }
        return count;
    }

    private static String format(String mart, String column, DataType type, Row row, int i) {
        if (row.isNullAt(i)) {
            return "";
        }
        if (type.equals(DataTypes.DoubleType)) {
            // a rank reached is a whole number, shown as such next to its 2-decimal target
            if (Mart.TARGET_STATUS.equals(mart) && column.equals("actual")
                    && ("rank_at_most".equals(row.getAs("kind")) || "rank_improve".equals(row.getAs("kind")))) {
                return String.valueOf(Math.round(row.getDouble(i)));
            }
            return Numbers.format2(row.getDouble(i));
        }
        return String.valueOf(row.get(i));
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
