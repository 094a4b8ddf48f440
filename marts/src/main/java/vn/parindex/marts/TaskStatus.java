package vn.parindex.marts;

import java.util.List;
import java.util.Optional;

/**
 * A plan task's status as of the run's date (contract 2, "Task status"), with its Vietnamese label; in the order the
 * contract's rules are tried.
 */
public enum TaskStatus implements Coded {
    DONE("Hoàn thành", "C6EFCE", "27AE60"),
    DONE_LATE("Hoàn thành muộn", "E2EFDA", "8BC34A"),
    OVERDUE("Quá hạn", "FFC7CE", "C0392B"),
    DUE_SOON("Sắp đến hạn", "FFEB9C", "E67E22"),
    DEADLINE_UNKNOWN("Chưa đọc được thời hạn", "D9D2E9", "8E7CC3"),
    ONGOING("Thường xuyên", "DDEBF7", "3498DB"),
    OPEN("Chưa đến hạn", null, "95A5A6");

    /** The order a planner chases them in: what to act on first (pages, workbooks and notebooks list them so). */
    public static final List<TaskStatus> BY_URGENCY = List.of(OVERDUE, DUE_SOON, DEADLINE_UNKNOWN, OPEN, ONGOING,
            DONE_LATE, DONE);

    private final String label;
    private final String fill;
    private final String colour;

    TaskStatus(String label, String fill, String colour) {
        this.label = label;
        this.fill = fill;
        this.colour = colour;
    }

    @Override
    public String label() {
        return label;
    }

    /** The pale background of a cell showing this status (RGB hex, no "#"; null: none), pages and workbooks alike. */
    public String fill() {
        return fill;
    }

    /** The strong colour of this status in a chart or a mark (RGB hex, no '#'): pages, workbooks and notebooks. */
    public String colour() {
        return colour;
    }

    public static Optional<TaskStatus> of(String code) {
        return Coded.find(TaskStatus.class, code);
    }

    public static String label(String code) {
        return Coded.label(TaskStatus.class, code);
    }
}
