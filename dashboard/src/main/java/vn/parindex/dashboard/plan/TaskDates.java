package vn.parindex.dashboard.plan;

import java.util.Arrays;
import java.util.List;

/** A task's due dates as a planner reads them: dd/mm/yyyy, several joined, none "không có hạn cụ thể". */
final class TaskDates {
    /** More due dates than this (a monthly deadline has twelve) read as the first and the last. */
    private static final int MAX_LISTED = 4;

    private TaskDates() {
    }

    /** A date as dd/mm/yyyy; none as "–". */
    static String shown(java.time.LocalDate date) {
        return shown(date == null ? null : date.toString());
    }

    /** yyyy-mm-dd as dd/mm/yyyy; anything else as written. */
    static String shown(String iso) {
        if (iso == null || iso.isBlank()) {
            return "–";
        }
        String[] parts = iso.strip().split("-");
        return parts.length == 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : iso;
    }

    /**
     * The due dates of a task of this status: a deadline the batch could not read has none either, but that is not
     * "no specific due date".
     */
    static String read(String dueDates, String status) {
        return "deadline_unknown".equals(status) ? "chưa đọc được" : list(dueDates);
    }

    /** The due dates of the extract's due_dates column ("2023-03-09;2023-06-09"). */
    static String list(String dueDates) {
        List<String> dates = dueDates == null ? List.of()
                : Arrays.stream(dueDates.split(";")).map(String::strip).filter(d -> !d.isEmpty()).toList();
        if (dates.isEmpty()) {
            return "không có hạn cụ thể";
        }
        if (dates.size() > MAX_LISTED) {
            return dates.size() + " hạn: " + shown(dates.get(0)) + " … " + shown(dates.get(dates.size() - 1));
        }
        return String.join("; ", dates.stream().map(TaskDates::shown).toList());
    }
}
