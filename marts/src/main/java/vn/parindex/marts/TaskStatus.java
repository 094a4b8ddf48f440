package vn.parindex.marts;

import java.util.Optional;

/**
 * A plan task's status as of the run's date (contract 2, "Task status"), with its Vietnamese label; in the order the
 * contract's rules are tried.
 */
public enum TaskStatus implements Coded {
    DONE("Hoàn thành"),
    DONE_LATE("Hoàn thành muộn"),
    OVERDUE("Quá hạn"),
    DUE_SOON("Sắp đến hạn"),
    /** Not done, and its deadline is not one the grammar of contract 1.7 reads: a planner must date it. */
    DEADLINE_UNKNOWN("Chưa đọc được thời hạn"),
    ONGOING("Thường xuyên"),
    OPEN("Chưa đến hạn");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<TaskStatus> of(String code) {
        return Coded.find(TaskStatus.class, code);
    }

    public static String label(String code) {
        return Coded.label(TaskStatus.class, code);
    }
}
