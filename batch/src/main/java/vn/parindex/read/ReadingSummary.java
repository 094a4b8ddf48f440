package vn.parindex.read;

import java.util.List;

/**
 * How a file was read, as `validate` prints it.
 *
 * @param kind        what it was read as: "a published workbook", "a Word document", "a PDF", "a plan document"
 * @param description one line per table: where it is, province, year, tier, columns, rows or tasks
 */
public record ReadingSummary(String file, String kind, List<String> description) {
}
