package vn.parindex.plans;

import java.util.List;

/**
 * What a plan file gave: its records in file order and, for `validate`, how it was read.
 *
 * @param kind        what it was read as ("a task list", "a plan document"); "" for a CSV
 * @param description one line per table read: where, unit, plan year, columns, tasks
 */
record PlanRecords(List<PlanRecord> records, String kind, List<String> description) {

    PlanRecords {
        records = List.copyOf(records);
        description = List.copyOf(description);
    }

    static PlanRecords csv(List<PlanRecord> records) {
        return new PlanRecords(records, "", List.of());
    }
}
