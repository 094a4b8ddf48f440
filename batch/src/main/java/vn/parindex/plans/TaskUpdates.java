package vn.parindex.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.parindex.quality.Issue;
import vn.parindex.text.Names;

/**
 * One task, however many plan files hold it: a task list downloaded from the dashboard, edited and dropped back into
 * plans/ beside the plan it came from updates that plan's tasks instead of adding them again.
 *
 * <p>The rule. A task is the same task in two files when a row of a task list names it as its source ("Nguồn (tệp,
 * dòng)": the file and line it was downloaded from) for the same province, unit, plan year and index; else when
 * both have the same province, unit, plan year, index and task text (compared as names are: case, Unicode form and
 * white space aside; the k-th such task of a file pairs with the k-th of the other). Tasks of one file are never the
 * same task. The task stays where the plan wrote it (its file and line, its task, output, lead, partners, deadline
 * and code); the update gives its completion: a completion date or note written in the update is taken. Plan files
 * (CSV, plan documents) come first, then task lists, each in path order, so a task list always updates the plan.
 * Every disagreement is a warning naming both files, their lines and the column, and says which value is used; a
 * task is never counted twice.
 */
final class TaskUpdates {
    /** The rule of the warnings about one task in two files that disagree. */
    static final String CONFLICT = "plan_task_conflict";
    /** The rule of a task list row repeating another row of the same file. */
    static final String REPEATED = "plan_task_repeated";

    /** A task read from a file with the record it came from (its source reference and its column labels). */
    record Read(PlanTask task, PlanRecord record) {
    }

    /** One accepted plan file's tasks. */
    record FileTasks(String file, boolean taskList, List<Read> tasks) {
    }

    /** A task as kept, with the file and line of its plan row, updated in place. */
    private static final class Kept {
        PlanTask task;
        /** The completion date the plan file itself gives (null: none), whatever updates say. */
        final LocalDate plannedDoneOn;

        Kept(Read read) {
            task = read.task();
            plannedDoneOn = read.task().doneOn();
        }
    }

    private final List<Kept> kept = new ArrayList<>();
    private final Map<String, Kept> byPlace = new HashMap<>();
    private final Map<List<Object>, List<Kept>> byIdentity = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();

    private TaskUpdates() {
    }

    /** The tasks once each (in no set order: the reader sorts them), and the warnings of the files that disagree. */
    static TaskUpdates merge(List<FileTasks> files) {
        TaskUpdates updates = new TaskUpdates();
        List<FileTasks> ordered = new ArrayList<>(files.stream().filter(f -> !f.taskList()).toList());
        ordered.addAll(files.stream().filter(FileTasks::taskList).toList());
        ordered.forEach(updates::add);
        return updates;
    }

    List<PlanTask> tasks() {
        return kept.stream().map(k -> k.task).toList();
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    private void add(FileTasks file) {
        Set<Kept> updatedByThisFile = new HashSet<>();
        List<Kept> ownTasks = new ArrayList<>();
        for (Read read : file.tasks()) {
            Kept bySource = byPlace.get(read.record().value(PlanColumns.SOURCE).strip());
            if (bySource != null && !sameUnit(bySource.task, read.task())) {
                bySource = null; // a row copied into another unit's or year's list is a task of its own
            }
            if (bySource != null && updatedByThisFile.contains(bySource)) {
                issues.add(Issue.warning(file.file(), read.task().line(), read.record().label(PlanColumns.SOURCE),
                        REPEATED, "this row names " + place(bySource.task) + " as its source, as an earlier row of"
                                + " this file does: the task is counted once, from the earlier row"));
                continue;
            }
            Kept target = bySource != null ? bySource : sameText(read.task(), updatedByThisFile);
            if (target == null) {
                Kept task = new Kept(read);
                ownTasks.add(task);
                kept.add(task);
            } else {
                updatedByThisFile.add(target);
                update(target, read, file.file());
            }
        }
        for (Kept task : ownTasks) {
            byPlace.put(place(task.task), task);
            byIdentity.computeIfAbsent(identity(task.task), key -> new ArrayList<>()).add(task);
        }
    }

    /** The first task of earlier files with the same identity that this file has not updated yet. */
    private Kept sameText(PlanTask task, Set<Kept> updatedByThisFile) {
        return byIdentity.getOrDefault(identity(task), List.of()).stream()
                .filter(candidate -> !updatedByThisFile.contains(candidate)).findFirst().orElse(null);
    }

    private void update(Kept target, Read update, String file) {
        PlanTask before = target.task;
        PlanTask after = update.task();
        for (Map.Entry<String, Function<PlanTask, String>> field : PLAN_FIELDS.entrySet()) {
            String planned = field.getValue().apply(before);
            String here = field.getValue().apply(after);
            if (!Names.clean(planned).equals(Names.clean(here))) {
                conflict(update, file, field.getKey(), before, "'" + planned + "'", "'" + here + "'",
                        "the plan's value is kept (the plan says what was planned; a task list updates only"
                                + " completion dates and notes)");
            }
        }
        LocalDate doneOn = before.doneOn();
        if (after.doneOn() != null) {
            if (doneOn != null && !doneOn.equals(after.doneOn())) {
                conflict(update, file, "done_on", before, doneOn.toString(), after.doneOn().toString(),
                        "this file's date is used (it updates the plan)");
            }
            doneOn = after.doneOn();
        } else if (target.plannedDoneOn != null) {
            // Only the plan's own date counts here: a list downloaded before another list's edit simply lacks it.
            conflict(update, file, "done_on", before, target.plannedDoneOn.toString(), "blank", "the date is kept (a"
                    + " blank cell does not undo a completion: clear it in the plan itself)");
        }
        String note = before.note();
        if (!after.note().isEmpty()) {
            if (!note.isEmpty() && !Names.clean(note).equals(Names.clean(after.note()))) {
                conflict(update, file, "note", before, "'" + note + "'", "'" + after.note() + "'",
                        "this file's note is used (it updates the plan)");
            }
            note = after.note();
        }
        target.task = before.completedAs(doneOn, note);
    }

    private void conflict(Read update, String file, String column, PlanTask plan, String planned, String here,
                          String outcome) {
        issues.add(Issue.warning(file, update.task().line(), update.record().label(column), CONFLICT,
                "task '" + shortTask(plan.task()) + "' (" + plan.unitId() + " " + plan.planYear() + ") is also in "
                        + plan.file() + " line " + plan.line() + ", where " + column + " is " + planned + "; here it"
                        + " is " + here + ": " + outcome + ". The task is counted once."));
    }

    /** The plan's own fields, which an update may not change, in the order they are reported. */
    private static final Map<String, Function<PlanTask, String>> PLAN_FIELDS = planFields();

    private static Map<String, Function<PlanTask, String>> planFields() {
        Map<String, Function<PlanTask, String>> fields = new LinkedHashMap<>();
        fields.put("code", PlanTask::code);
        fields.put("task", PlanTask::task);
        fields.put("output", PlanTask::output);
        fields.put("lead", PlanTask::lead);
        fields.put("partners", PlanTask::partners);
        fields.put("deadline", PlanTask::deadline);
        return fields;
    }

    private static boolean sameUnit(PlanTask a, PlanTask b) {
        return a.province().equals(b.province()) && a.unitId().equals(b.unitId()) && a.planYear() == b.planYear()
                && a.index() == b.index();
    }

    private static List<Object> identity(PlanTask task) {
        return List.of(task.province(), task.unitId(), task.planYear(), task.index(), Names.key(task.task()));
    }

    /** How a task list names the task it was downloaded from: "plans/2024.csv:3". */
    static String place(PlanTask task) {
        return task.file() + ":" + task.line();
    }

    private static String shortTask(String task) {
        return task.length() > 60 ? task.substring(0, 60) + "…" : Objects.toString(task, "");
    }
}
