package vn.parindex.plans;

import java.time.LocalDate;
import java.util.List;
import vn.parindex.marts.ScoreIndex;

/**
 * One accepted task of a plan file (contract 1.7), resolved to a unit and checked against the methodology.
 *
 * @param code     the methodology item the task serves; "" for the plan as a whole
 * @param file     the plan file relative to the input folder, with '/'
 * @param line     the physical line the record starts on (the header is line 1)
 * @param deadline the deadline as written (NFC, white space collapsed)
 * @param dueDates the deadline read as due dates, sorted, without duplicates
 * @param deadlineUnderstood whether the deadline follows the grammar; a task not done whose deadline does not is
 *                 {@code deadline_unknown}, never {@code ongoing} (contract 2)
 * @param doneOn   the completion date; null when not done
 * @param note     the planner's note (a task list's "Ghi chú", a plan file's {@code note} column); "" for none
 */
public record PlanTask(String province, String unitId, int planYear, ScoreIndex index, String code, String file,
                       int line, String task, String output, String lead, String partners, String deadline,
                       List<LocalDate> dueDates, boolean deadlineUnderstood, LocalDate doneOn,
                       String note) {

    public PlanTask {
        dueDates = List.copyOf(dueDates);
    }

    /** The same task with the completion (date and note) of an update of it: a task list dropped back. */
    public PlanTask completedAs(LocalDate newDoneOn, String newNote) {
        return new PlanTask(province, unitId, planYear, index, code, file, line, task, output, lead, partners, deadline,
                dueDates, deadlineUnderstood, newDoneOn, newNote);
    }
}
