package vn.parindex.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.parindex.annex.TableLocator;
import vn.parindex.grid.Grid;

/**
 * The header row of a plan table: the first of its first rows that names the columns a form needs (contract names or
 * the Vietnamese headers of {@link PlanColumns}); a column named twice is read from its first occurrence.
 *
 * @param row     the header's row, 0-based
 * @param columns plan column to its column index, in table order
 * @param headers plan column to its header text as written
 * @param missing the required columns the row does not name
 */
record PlanHeader(int row, Map<String, Integer> columns, Map<String, String> headers, List<String> missing) {

    /** The first row among the grid's first rows that names every required column. */
    static Optional<PlanHeader> find(Grid grid, List<String> required, Function<String, Optional<String>> naming) {
        return candidates(grid, required, naming).stream().filter(header -> header.missing().isEmpty()).findFirst();
    }

    /** The row that comes closest to a header (most required columns), for the message when none is whole. */
    static Optional<PlanHeader> closest(Grid grid, List<String> required, Function<String, Optional<String>> naming) {
        PlanHeader best = null;
        for (PlanHeader header : candidates(grid, required, naming)) {
            if (best == null || header.missing().size() < best.missing().size()) {
                best = header;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How problems name a column of a record on the given row: "J (Thời gian thực hiện)", "table 2, row 7, …". */
    Map<String, String> labels(Grid grid, int recordRow) {
        Map<String, String> labels = new LinkedHashMap<>();
        columns.forEach((column, index) -> labels.put(column, grid.cellLabel(recordRow, index, headers.get(column))));
        return labels;
    }

    private static List<PlanHeader> candidates(Grid grid, List<String> required,
                                               Function<String, Optional<String>> naming) {
        List<PlanHeader> headers = new ArrayList<>();
        int last = Math.min(grid.rowCount() - 1, TableLocator.MAX_TITLE_ROWS);
        for (int row = 0; row <= last; row++) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (int i = 0; i < grid.width(row); i++) {
                String text = grid.ownText(row, i);
                int index = i;
                naming.apply(text).filter(column -> !columns.containsKey(column)).ifPresent(column -> {
                    columns.put(column, index);
                    texts.put(column, text);
                });
            }
            if (!columns.isEmpty()) {
                headers.add(new PlanHeader(row, columns, texts,
                        required.stream().filter(column -> !columns.containsKey(column)).toList()));
            }
        }
        return headers;
    }
}
