package vn.parindex.csv;

import java.util.List;

/** One record of a delimited file, with the physical line it starts on (1-based, the header is line 1). */
public record CsvRecord(int line, List<String> fields) {

    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** Every field blank. A loop, not a stream: it is asked of every line of every file read. */
    public boolean isBlank() {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
