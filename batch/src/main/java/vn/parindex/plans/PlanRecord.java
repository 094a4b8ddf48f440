package vn.parindex.plans;

import java.util.Map;

/**
 * One record of a plan file, whatever its format (contract 1.7): the cleaned text of each plan column and how each
 * column is named in problems.
 *
 * @param line   the physical line (CSV; the header is line 1) or the Excel row the record is on
 * @param values plan column (contract name) to its cleaned text; absent columns are left out
 * @param labels plan column to its name in problems: the contract name in a CSV, "J (Thời gian thực hiện)" in a
 *               workbook; absent columns are left out
 * @param misfit why the record's fields cannot be trusted at all (values shifted by an unquoted ','), or ""
 */
public record PlanRecord(int line, Map<String, String> values, Map<String, String> labels, String misfit) {

    public PlanRecord {
        values = Map.copyOf(values);
        labels = Map.copyOf(labels);
    }

    /** The column's text; "" when the file has no such column. */
    public String value(String column) {
        return values.getOrDefault(column, "");
    }

    /** How problems name the column; the contract name when the file has no such column. */
    public String label(String column) {
        return labels.getOrDefault(column, column);
    }
}
