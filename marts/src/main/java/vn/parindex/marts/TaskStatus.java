package vn.parindex.marts;

import java.util.Optional;

/** A plan task's status as of the run's date (contract 2, "Task status"), with its Vietnamese label. */
public enum TaskStatus {
    DONE("Hoàn thành"),
    DONE_LATE("Hoàn thành muộn"),
    OVERDUE("Quá hạn"),
    DUE_SOON("Sắp đến hạn"),
    ONGOING("Thường xuyên"),
    OPEN("Chưa đến hạn");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    /** The extract's word: done, done_late, overdue, due_soon, ongoing, open. */
    public String code() {
        return Codes.of(this);
    }

    public String label() {
        return label;
    }

    public static Optional<TaskStatus> of(String code) {
        return Codes.find(TaskStatus.class, code);
    }

    public static String label(String code) {
        return of(code).map(TaskStatus::label).orElse(code);
    }
}
