package vn.parindex.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan task's deadline, kept in the plan's own words and read as due dates (contract 1.7).
 *
 * @param written    the deadline as written (NFC, white space collapsed)
 * @param dueDates   the due dates, sorted and without duplicates; empty for an ongoing or not-understood deadline
 * @param understood whether the text follows the deadline grammar; when not, the caller warns
 *                   {@code deadline_not_understood} and keeps the task
 */
public record Deadline(String written, List<LocalDate> dueDates, boolean understood) {

    public Deadline {
        dueDates = List.copyOf(dueDates);
    }

    /**
     * Reads a deadline; a date without a year takes the year of the last date that has one, else {@code planYear}
     * (as periods and recurring forms without a year do).
     */
    public static Deadline read(String text, int planYear) {
        return DeadlineGrammar.read(text, planYear);
    }

    /**
     * No due date by design ("Thường xuyên", "2 lần/năm", "Khi có yêu cầu"), as opposed to a deadline that was not
     * understood.
     */
    public boolean ongoing() {
        return understood && dueDates.isEmpty();
    }
}
