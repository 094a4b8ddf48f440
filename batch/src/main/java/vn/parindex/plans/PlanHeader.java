package vn.parindex.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import vn.parindex.annex.TableLocator;
import vn.parindex.grid.Limits;

/**
 * The header row of a task sheet: the first of its first rows that names every required plan column (contract names
 * or the Vietnamese headers of {@link PlanColumns}); a column named twice is read from its first occurrence.
 *
 * @param row     the header's row, 0-based
 * @param columns plan column to its column index, in sheet order
 * @param labels  plan column to its name in problems: "J (Thời gian thực hiện)"
 */
record PlanHeader(int row, Map<String, Integer> columns, Map<String, String> labels) {

    /** The sheet's header, if one of its first rows has all the required columns. */
    static Optional<PlanHeader> find(Sheet sheet, PlanCells cells) {
        return candidates(sheet, cells).stream().filter(header -> header.missing().isEmpty()).findFirst();
    }

    /** The sheet's row that comes closest to a header (most required columns), for the message when none is whole. */
    static Optional<PlanHeader> closest(Sheet sheet, PlanCells cells) {
        PlanHeader best = null;
        for (PlanHeader header : candidates(sheet, cells)) {
            if (best == null || header.missing().size() < best.missing().size()) {
                best = header;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The required columns the row does not name. */
    List<String> missing() {
        return PlanColumns.REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
    }

    private static List<PlanHeader> candidates(Sheet sheet, PlanCells cells) {
        List<PlanHeader> headers = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), TableLocator.MAX_TITLE_ROWS);
        for (int rowIndex = Math.max(0, sheet.getFirstRowNum()); rowIndex <= last; rowIndex++) {
            PlanHeader header = of(sheet, cells, rowIndex);
            if (!header.columns.isEmpty()) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static PlanHeader of(Sheet sheet, PlanCells cells, int rowIndex) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Row row = sheet.getRow(rowIndex);
        int width = row == null ? 0 : Math.min(row.getLastCellNum(), Limits.MAX_COLUMNS);
        for (int i = 0; i < width; i++) {
            String text = cells.header(rowIndex, i);
            int index = i;
            PlanColumns.named(text).filter(column -> !columns.containsKey(column)).ifPresent(column -> {
                columns.put(column, index);
                labels.put(column, CellReference.convertNumToColString(index) + " (" + text + ")");
            });
        }
        return new PlanHeader(rowIndex, columns, labels);
    }
}
