package vn.parindex.briefings.internal;

import vn.parindex.marts.TaskStatus;

/** A task's status as a cell filled with its one colour ({@link TaskStatus#fill}, as on the dashboard's pages). */
final class TaskStatusCells {
    private TaskStatusCells() {
    }

    static void write(SafeCells cells, int row, int column, String status) {
        String fill = TaskStatus.of(status).map(TaskStatus::fill).orElse(null);
        if (fill == null) {
            cells.text(row, column, Labels.taskStatus(status));
        } else {
            cells.filled(row, column, Labels.taskStatus(status), fill);
        }
    }
}
