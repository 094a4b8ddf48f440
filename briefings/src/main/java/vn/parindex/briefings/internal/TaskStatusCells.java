package vn.parindex.briefings.internal;

import java.util.Map;

/**
 * A task's status as a coloured cell: overdue red, due soon amber, done green (late: paler), ongoing blue, open
 * plain, and a deadline that was not read violet (the dashboard's plan pages fill it alike). The words are the
 * dashboard's; the colours the usual spreadsheet ones for bad, neutral and good.
 */
final class TaskStatusCells {
    /** The status of a task whose deadline the run could not read: no due dates, and not "none" either. */
    static final String DEADLINE_UNKNOWN = "deadline_unknown";
    private static final Map<String, String> FILLS = Map.of(
            "overdue", "FFC7CE", "due_soon", "FFEB9C", "done", "C6EFCE", "done_late", "E2EFDA",
            "ongoing", "DDEBF7", DEADLINE_UNKNOWN, "D9D2E9");

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
