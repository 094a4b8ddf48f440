package vn.parindex.grid;

/**
 * Where a grid row is in its file, as problems name it.
 *
 * @param line  the number a problem carries in quality_issues.csv: the Excel row of a sheet, the row of a Word table,
 *              the row of a PDF table counted across its pages
 * @param where the row as a person finds it in the document ("page 2, row 4", "table 1, row 7"); "" for a sheet,
 *              where the line is the Excel row
 */
public record RowPlace(int line, String where) {
}
