package vn.parindex.workbook;

import java.util.List;

/** How a workbook was read (sheet, province, year, tier, columns, rows), as `validate` prints it. */
public record WorkbookSummary(String file, List<String> description) {
}
