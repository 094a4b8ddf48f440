package vn.parindex.dashboard.plan;

import java.util.List;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;

/** A plan task: its task_status row and, from the plan_tasks mart, its output and partners (null when absent). */
record Task(Row row, Row details) {
    /** The tasks group under "Kế hoạch chung" when they serve the plan as a whole (no code). */
    static final String GENERAL = "";

    static List<Task> of(Snapshot snapshot, List<Row> rows) {
        return rows.stream().map(r -> new Task(r, r.integer("line") == null ? null
                : snapshot.taskDetails(r.str("file"), r.integer("line")).orElse(null))).toList();
    }

    /** The level-1 prefix of the item it serves ("3" for 3.1.2), or {@link #GENERAL}. */
    String domain() {
        String code = row.str("code");
        if (code == null || code.isBlank()) {
            return GENERAL;
        }
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    String status() {
        return row.str("status");
    }

    String lead() {
        return row.str("lead");
    }

    String output() {
        return details == null ? null : details.str("output");
    }

    String partners() {
        return details == null ? null : details.str("partners");
    }
}
