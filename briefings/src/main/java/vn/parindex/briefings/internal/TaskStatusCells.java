package vn.parindex.briefings.internal;

import java.util.Map;

/**
 * A task's status as a coloured cell: overdue red, due soon amber, done green (late: paler), ongoing blue, open
 * plain. The words are the dashboard's; the colours the usual spreadsheet ones for bad, neutral and good.
 */
final class TaskStatusCells {
    private static final Map<String, String> FILLS = Map.of(
            "overdue", "FFC7CE", "due_soon", "FFEB9C", "done", "C6EFCE", "done_late", "E2EFDA",
            "ongoing", "DDEBF7");

    private TaskStatusCells() {
    }

    static void write(SafeCells cells, int row, int column, String status) {
        String fill = status == null ? null : FILLS.get(status);
        if (fill == null) {
            cells.text(row, column, Labels.taskStatus(status));
        } else {
            cells.filled(row, column, Labels.taskStatus(status), fill);
        }
    }
}
