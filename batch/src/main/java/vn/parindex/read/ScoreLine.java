package vn.parindex.read;

import java.util.Map;
import vn.parindex.quality.Issue;

/**
 * One record of a score file as read, before validation: its fields by column name, or the problem that made the
 * line (or the whole file) unreadable: then fields is empty and line is where the problem was found. A line read
 * from a workbook names, per field, where it came from ("D (Cải cách thể chế)") so messages point at the cell.
 */
public record ScoreLine(String file, int line, Map<String, String> fields, Issue fileProblem,
                        Map<String, String> columnLabels) {

    public ScoreLine(String file, int line, Map<String, String> fields, Issue fileProblem) {
        this(file, line, fields, fileProblem, Map.of());
    }

    public String field(String column) {
        return fields.getOrDefault(column, "");
    }

    /** The column a field is reported under: its long-form name, or the workbook column it was read from. */
    public String columnLabel(String column) {
        return columnLabels.getOrDefault(column, column);
    }
}
