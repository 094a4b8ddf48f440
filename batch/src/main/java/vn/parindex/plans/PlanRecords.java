package vn.parindex.plans;

import java.util.List;

/**
 * What a plan file gave: its records in file order and, for `validate`, how it was read.
 *
 * @param kind        what it was read as ("a task list", "a plan document"); "" for a CSV
 * @param description one line per table read: where, unit, plan year, columns, tasks
 */
record PlanRecords(List<PlanRecord> records, String kind, List<String> description) {
    /** How {@link GridPlanSource} names a workbook read row by row (the dashboard's task list among them). */
    static final String TASK_LIST = "a task list";

    PlanRecords {
        records = List.copyOf(records);
        description = List.copyOf(description);
    }

    /** A task list (a row per task, as the dashboard's download): it updates the plan files' tasks it repeats. */
    boolean taskList() {
        return kind.startsWith(TASK_LIST);
    }

    static PlanRecords csv(List<PlanRecord> records) {
        return new PlanRecords(records, "", List.of());
    }
}
