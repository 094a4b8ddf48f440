package vn.parindex.marts.records;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.parindex.marts.Columns;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/** The mapping reads only columns each mart holds, and reads what an older snapshot lacks as blank. */
class MartRecordsTest {
    /** A row of the mart whose every value is 1 (text "1"): every record's whole numbers are there. */
    private static MartRow ones(MartSchema mart) {
        Object[] values = new Object[mart.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (mart.columns().get(i).type()) {
                case STRING -> "1";
                case INT -> 1;
                case DOUBLE -> 1.0;
                case BOOLEAN -> true;
                case DATE -> LocalDate.of(2024, 1, 1);
            };
        }
        return new MartRow(mart, values);
    }

    @Test
    void everyColumnReadIsDeclaredForItsMart() {
        Map<MartSchema, Function<MartRow, ?>> mappings = Map.of(Marts.UNIT_YEAR, MartRecords::unitResult,
                Marts.COMPONENT_YEAR, MartRecords::itemResult, Marts.LOSS_DRIVERS, MartRecords::lossDriver,
                Marts.PROVINCE_SUMMARY, MartRecords::provinceItem, Marts.TARGET_STATUS, MartRecords::targetResult,
                Marts.UNITS, MartRecords::merger, Marts.GOAL_GAPS, MartRecords::goalGap,
                Marts.TASK_STATUS, (MartRow r) -> MartRecords.planTask(r, null),
                Marts.PLAN_TASKS, (MartRow r) -> MartRecords.planTask(ones(Marts.TASK_STATUS), r));
        mappings.forEach((mart, mapping) -> assertDoesNotThrow(() -> mapping.apply(ones(mart)), mart.name()));
    }

    @Test
    void aColumnTheMartDoesNotHoldFailsAtOnceInsteadOfReadingAsBlank() {
        MartRow unitYear = ones(Marts.UNIT_YEAR);
        assertThrows(IllegalArgumentException.class, () -> unitYear.get(Columns.ATTAINMENT));
        // one name, two meanings: a target's kind is not an item's kind
        assertThrows(IllegalArgumentException.class, () -> ones(Marts.TARGET_STATUS).get(Columns.ITEM_KIND));
    }

    @Test
    void datesReadFromParquetOrText() {
        Object[] values = new Object[Marts.TASK_STATUS.columns().size()];
        Arrays.fill(values, null);
        values[Marts.TASK_STATUS.position(Columns.PLAN_YEAR)] = 2024;
        values[Marts.TASK_STATUS.position(Columns.LINE)] = 1;
        values[Marts.TASK_STATUS.position(Columns.NEXT_DUE)] = java.sql.Date.valueOf("2024-07-01");
        values[Marts.TASK_STATUS.position(Columns.DONE_ON)] = "2024-06-30";
        values[Marts.TASK_STATUS.position(Columns.DUE_DATES)] = "2024-07-01; nonsense";
        PlanTask task = MartRecords.planTask(new MartRow(Marts.TASK_STATUS, values), null);
        assertEquals(LocalDate.of(2024, 7, 1), task.nextDue());
        assertEquals(LocalDate.of(2024, 6, 30), task.doneOn());
        assertEquals(java.util.List.of(LocalDate.of(2024, 7, 1)), task.dueDates());
    }

    @Test
    void aColumnAnOlderFileLacksReadsAsBlank() {
        Object[] values = ones(Marts.UNIT_YEAR).mart().columns().stream().map(c -> (Object) null).toArray();
        values[Marts.UNIT_YEAR.position(Columns.YEAR)] = 2020;
        UnitResult unit = MartRecords.unitResult(new MartRow(Marts.UNIT_YEAR, values));
        assertNull(unit.gapToBest());
        assertNull(unit.provenance());
    }
}
