package vn.parindex.dashboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.text.Codes;

/** The small rules under the task tables: code order and how due dates read. */
class CodesAndDatesTest {
    @Test
    void codesSortNaturallyWithTheWholePlanFirst() {
        List<String> codes = new ArrayList<>(List.of("1.10", "2", "1.2", "", "10", "1", "1.2.1"));
        codes.sort(Codes.ORDER);
        assertEquals(List.of("", "1", "1.2", "1.2.1", "1.10", "2", "10"), codes);
    }

    @Test
    void dueDatesReadAsAPlannerWritesThem() {
        assertEquals("31/03/2024", TaskDates.shown("2024-03-31"));
        assertEquals("–", TaskDates.shown((String) null));
        assertEquals("không có hạn cụ thể", TaskDates.list(""));
        assertEquals("09/03/2023; 09/06/2023", TaskDates.list("2023-03-09;2023-06-09"));
        assertEquals("5 hạn: 20/01/2023 … 20/05/2023",
                TaskDates.list("2023-01-20;2023-02-20;2023-03-20;2023-04-20;2023-05-20"));
        assertEquals("không có hạn cụ thể", TaskDates.read(null, "ongoing"));
        assertEquals("chưa đọc được", TaskDates.read(null, "deadline_unknown"), "not read is not the same as none");
        assertEquals("09/03/2023", TaskDates.read("2023-03-09", "overdue"));
    }

    @Test
    void deadlineUnknownComesRightAfterDueSoonAndIsFlagged() {
        assertEquals(List.of("overdue", "due_soon", "deadline_unknown", "open", "ongoing", "done_late", "done"),
                TaskStatuses.ORDER);
        assertEquals("Chưa đọc được thời hạn", TaskStatuses.label("deadline_unknown"));
        assertTrue(TaskStatuses.TO_ACT_ON.contains("deadline_unknown"));
    }
}
