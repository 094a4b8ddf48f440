package vn.parindex.csv;

import java.util.List;

/** One record of a delimited file, with the physical line it starts on (1-based, the header is line 1). */
public record CsvRecord(int line, List<String> fields) {

    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    public boolean isBlank() {
        return fields.stream().allMatch(field -> field.isBlank());
    }
}
