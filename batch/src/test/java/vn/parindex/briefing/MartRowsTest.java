package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.parindex.briefings.GoalGap;
import vn.parindex.briefings.MartRecords;
import vn.parindex.briefings.PlanTask;

/** The plan marts as briefing records, from rows typed as the marts are. */
class MartRowsTest {
    @Test
    void aTaskStatusRowWithItsDates() {
        StructType schema = new StructType().add("province", DataTypes.StringType).add("unit_id", DataTypes.StringType)
                .add("plan_year", DataTypes.IntegerType).add("index", DataTypes.StringType)
                .add("code", DataTypes.StringType).add("file", DataTypes.StringType).add("line", DataTypes.IntegerType)
                .add("task", DataTypes.StringType).add("lead", DataTypes.StringType)
                .add("deadline", DataTypes.StringType).add("due_dates", DataTypes.StringType)
                .add("next_due", DataTypes.DateType).add("status", DataTypes.StringType)
                .add("done_on", DataTypes.DateType);
        Row row = new GenericRowWithSchema(new Object[] {"Lào Cai", "LCI-STTTT", 2023, "PAR", "2",
            "plans/lao-cai/LCI-STTTT-2023.csv", 8, "Xử lý VBQPPL", "Vũ Hữu Thắng", "9/3; 9/6/2023",
            "2023-03-09;2023-06-09", java.sql.Date.valueOf("2023-06-09"), "due_soon", null}, schema);
        PlanTask task = MartRecords.planTask(MartRows.row(row), null);
        assertEquals(List.of(LocalDate.of(2023, 3, 9), LocalDate.of(2023, 6, 9)), task.dueDates());
        assertEquals(LocalDate.of(2023, 6, 9), task.nextDue());
        assertEquals(8, task.line());
        assertEquals("due_soon", task.status());
        assertNull(task.doneOn());
        assertNull(task.output());
    }

    @Test
    void aGoalGapRow() {
        StructType schema = new StructType().add("unit_id", DataTypes.StringType).add("year", DataTypes.IntegerType)
                .add("index", DataTypes.StringType).add("goal", DataTypes.StringType)
                .add("goal_year", DataTypes.IntegerType).add("goal_rank", DataTypes.IntegerType)
                .add("goal_value", DataTypes.DoubleType).add("needed_item_points", DataTypes.DoubleType)
                .add("reachable", DataTypes.BooleanType);
        GoalGap goal = MartRecords.goalGap(MartRows.row(new GenericRowWithSchema(new Object[] {"LCI-STTTT", 2022, "PAR",
            "rank_at_most", 2023, 10, 87.88, 0.9, true}, schema)));
        assertEquals(new GoalGap("LCI-STTTT", "PAR", 2022, "rank_at_most", 2023, 10, 87.88, null, null, 0.9, null,
                true), goal);
    }
}
