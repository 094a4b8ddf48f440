package vn.parindex.ingest;

import java.util.Map;
import vn.parindex.quality.Issue;

/**
 * One record of a score file as read, before validation: its fields by column name, or the problem that made the
 * line (or the whole file) unreadable: then fields is empty and line is where the problem was found.
 */
public record ScoreLine(String file, int line, Map<String, String> fields, Issue fileProblem) {

    public String field(String column) {
        return fields.getOrDefault(column, "");
    }
}
