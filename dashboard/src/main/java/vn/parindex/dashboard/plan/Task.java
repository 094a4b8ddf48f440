package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * A plan task: its task_status row and, from the plan_tasks mart, its output, partners and the planner's note (null
 * when absent).
 */
record Task(MartRow row, MartRow details) {
    /** The tasks group under "Kế hoạch chung" when they serve the plan as a whole (no code). */
    static final String GENERAL = "";

    static List<Task> of(Snapshot snapshot, List<MartRow> rows) {
        return rows.stream().map(r -> new Task(r, r.get(Columns.LINE) == null ? null
                : snapshot.taskDetails(r.get(Columns.FILE), r.get(Columns.LINE)).orElse(null))).toList();
    }

    /** The level-1 prefix of the item it serves ("3" for 3.1.2), or {@link #GENERAL}. */
    String domain() {
        String code = row.get(Columns.CODE);
        if (code == null || code.isBlank()) {
            return GENERAL;
        }
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    String status() {
        return row.get(Columns.TASK_STATUS);
    }

    String lead() {
        return row.get(Columns.LEAD);
    }

    String output() {
        return details == null ? null : details.get(Columns.OUTPUT);
    }

    String partners() {
        return details == null ? null : details.get(Columns.PARTNERS);
    }

    /** The note a planner wrote in the task list dropped back into plans/ ("Ghi chú"). */
    String note() {
        return details == null ? null : details.get(Columns.NOTE);
    }
}
