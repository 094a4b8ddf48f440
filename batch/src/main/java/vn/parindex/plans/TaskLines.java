package vn.parindex.plans;

/** A plan record in one line, as `validate` lists the tasks it read. */
final class TaskLines {
    private static final int TASK_CHARACTERS = 80;

    private TaskLines() {
    }

    static String describe(PlanRecord record) {
        String task = record.value("task");
        String shortTask = task.length() > TASK_CHARACTERS ? task.substring(0, TASK_CHARACTERS) + "…" : task;
        String code = record.value("code");
        return "task " + record.line() + " (" + where(record.label("task")) + "): code "
                + (code.isEmpty() ? "(none)" : code) + ", lead '" + record.value("lead") + "', deadline '"
                + record.value("deadline") + "': " + shortTask;
    }

    /** "page 2, row 4" of a label "page 2, row 4, column 2 (Nội dung nhiệm vụ)"; a sheet's label as it is. */
    private static String where(String label) {
        int column = label.indexOf(", column ");
        return column < 0 ? label : label.substring(0, column);
    }
}
