package vn.parindex.briefings;

import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.MartRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/** The mapping names only columns the marts declare, and reads what an older snapshot lacks as blank. */
class MartRecordsTest {
    /** A row of ones: every record's whole numbers are there. */
    private static final MartRow ONES = column -> 1;

    /** The columns a mapping asks a row for. */
    private static TreeSet<String> asked(Function<MartRow, ?> mapping) {
        TreeSet<String> asked = new TreeSet<>();
        mapping.apply(column -> {
            asked.add(column);
            return 1;
        });
        return asked;
    }

    @Test
    void everyColumnReadIsDeclaredForItsMart() {
        Map<MartSchema, Function<MartRow, ?>> mappings = Map.of(Marts.UNIT_YEAR, MartRecords::unitResult,
                Marts.COMPONENT_YEAR, MartRecords::itemResult, Marts.LOSS_DRIVERS, MartRecords::lossDriver,
                Marts.PROVINCE_SUMMARY, MartRecords::provinceItem, Marts.TARGET_STATUS, MartRecords::targetResult,
                Marts.UNITS, MartRecords::merger, Marts.GOAL_GAPS, MartRecords::goalGap,
                Marts.TASK_STATUS, (MartRow r) -> MartRecords.planTask(r, null),
                Marts.PLAN_TASKS, (MartRow r) -> MartRecords.planTask(ONES, r));
        mappings.forEach((mart, mapping) -> {
            TreeSet<String> undeclared = asked(mapping);
            undeclared.removeAll(mart.names());
            assertTrue(undeclared.isEmpty(), mart.name() + " has no " + undeclared);
        });
    }

    @Test
    void datesReadFromParquetOrText() {
        MartRow row = Map.<String, Object>of("next_due", java.sql.Date.valueOf("2024-07-01"), "done_on", "2024-06-30",
                "due_dates", "2024-07-01; nonsense")::get;
        PlanTask task = MartRecords.planTask(column -> Set.of("plan_year", "line").contains(column) ? 1
                : row.get(column), null);
        assertEquals(LocalDate.of(2024, 7, 1), task.nextDue());
        assertEquals(LocalDate.of(2024, 6, 30), task.doneOn());
        assertEquals(java.util.List.of(LocalDate.of(2024, 7, 1)), task.dueDates());
    }
}
