package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import java.util.Comparator;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.web.ClientError;
import vn.parindex.dashboard.web.Params;
import vn.parindex.marts.TaskStatus;

/**
 * The task statuses of contract 2 in Vietnamese, in the order a planner chases them: overdue first, then due soon,
 * then the tasks whose deadline the run could not read (the planner has to date them).
 */
public final class TaskStatuses {
    public static final List<String> ORDER = TaskStatus.BY_URGENCY.stream().map(TaskStatus::code).toList();
    /** Each status's colour in {@link #ORDER} (RGB hex): a chart by status draws it as the workbooks and notebooks do. */
    static final List<String> COLOURS = TaskStatus.BY_URGENCY.stream().map(TaskStatus::colour).toList();
    /** The statuses that ask the planner to act now: flagged in the counts. */
    static final List<String> TO_ACT_ON = List.of(TaskStatus.OVERDUE.code(), TaskStatus.DEADLINE_UNKNOWN.code());

    /**
     * Overdue, then due within 30 days, then not dated, then the rest; within a status the earliest next due date
     * (ISO dates sort as text). A stable sort keeps the snapshot's file and line order after that.
     */
    static final Comparator<MartRow> URGENCY = Comparator.comparingInt((MartRow r) -> rank(r.get(Columns.TASK_STATUS)))
            .thenComparing(r -> r.get(Columns.NEXT_DUE), Comparator.nullsLast(Comparator.naturalOrder()));

    private TaskStatuses() {
    }

    public static String label(String status) {
        return status == null ? "–" : TaskStatus.label(status);
    }

    static int rank(String status) {
        int at = ORDER.indexOf(status);
        return at < 0 ? ORDER.size() : at;
    }

    /** The status=… parameter: null when absent; anything but a contract status is malformed (400). */
    public static String parse(Params params) {
        String status = params.optional("status");
        if (status != null && !ORDER.contains(status)) {
            throw ClientError.badRequest("status phải là một trong " + String.join(", ", ORDER));
        }
        return status;
    }
}
