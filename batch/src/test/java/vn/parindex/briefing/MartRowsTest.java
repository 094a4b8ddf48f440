package vn.parindex.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.marts.records.GoalGap;
import vn.parindex.marts.records.MartRecords;
import vn.parindex.marts.records.PlanTask;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.compute.SparkSessions;
import vn.parindex.marts.MartReader;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.MartSchema;
import vn.parindex.marts.Marts;

/** MartReader's rows (values in the mart's declared order) as records, read through the typed columns. */
class MartRowsTest {
    @TempDir
    Path dir;

    /** The values of one row of {@code mart}, given as name-value pairs; the others blank. */
    private static Object[] row(MartSchema mart, Object... pairs) {
        Object[] values = new Object[mart.columns().size()];
        for (int i = 0; i < pairs.length; i += 2) {
            values[mart.indexOf((String) pairs[i])] = pairs[i + 1];
        }
        return values;
    }

    @Test
    void aTaskStatusRowWithItsDates() {
        PlanTask task = MartRecords.planTask(new MartRow(Marts.TASK_STATUS, row(Marts.TASK_STATUS,
                "province", "Lào Cai", "unit_id", "LCI-STTTT", "plan_year", 2023, "index", "PAR", "code", "2",
                "file", "plans/lao-cai/LCI-STTTT-2023.csv", "line", 8, "task", "Xử lý VBQPPL",
                "lead", "Vũ Hữu Thắng", "deadline", "9/3; 9/6/2023", "due_dates", "2023-03-09;2023-06-09",
                "next_due", LocalDate.of(2023, 6, 9), "status", "due_soon")), null);
        assertEquals(List.of(LocalDate.of(2023, 3, 9), LocalDate.of(2023, 6, 9)), task.dueDates());
        assertEquals(LocalDate.of(2023, 6, 9), task.nextDue());
        assertEquals(8, task.line());
        assertEquals("plans/lao-cai/LCI-STTTT-2023.csv", task.file());
        assertEquals("due_soon", task.status());
        assertNull(task.doneOn());
        assertNull(task.output());
    }

    @Test
    void aGoalGapRow() {
        GoalGap goal = MartRecords.goalGap(new MartRow(Marts.GOAL_GAPS, row(Marts.GOAL_GAPS,
                "province", "Lào Cai", "tier", "department", "unit_id", "LCI-STTTT", "year", 2022, "index", "PAR",
                "goal", "rank_at_most", "goal_year", 2023, "goal_rank", 10, "goal_value", 87.88,
                "needed_item_points", 0.9, "reachable", true)));
        assertEquals(new GoalGap("LCI-STTTT", "PAR", 2022, "rank_at_most", 2023, 10, 87.88, null, null, 0.9, null,
                true), goal);
    }

    /**
     * Through the real reader: a unit_year part file with the columns of 2026-11-29 (prev_rank_of as a long, as an
     * older writer may have it) and one written before them, whose missing columns read as blank.
     */
    @Test
    void newColumnsAreReadByNameAndMissingOnesAreBlank() throws Exception {
        SparkSession spark = SparkSessions.get("local[2]");
        StructType full = new StructType().add("province", DataTypes.StringType).add("tier", DataTypes.StringType)
                .add("year", DataTypes.IntegerType).add("index", DataTypes.StringType)
                .add("unit_id", DataTypes.StringType).add("unit_name", DataTypes.StringType)
                .add("official_value", DataTypes.DoubleType).add("rank", DataTypes.IntegerType)
                .add("rank_of", DataTypes.IntegerType).add("rank_basis", DataTypes.StringType)
                .add("prev_rank_of", DataTypes.LongType).add("reconciled", DataTypes.BooleanType)
                .add("provenance", DataTypes.StringType).add("source", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("Việt Nam", "province", 2021, "PAR", "VN-LCI", "Lào Cai",
                85.84, 11, 63, "published", 19L, null, "derived", "QĐ 1")), full)
                .write().parquet(dir.resolve("new").toString());
        StructType old = new StructType().add("province", DataTypes.StringType).add("tier", DataTypes.StringType)
                .add("year", DataTypes.IntegerType).add("index", DataTypes.StringType)
                .add("unit_id", DataTypes.StringType).add("unit_name", DataTypes.StringType)
                .add("reconciled", DataTypes.BooleanType);
        spark.createDataFrame(List.of(RowFactory.create("Tỉnh Mẫu", "department", 2023, "PAR", "X-NV", "Sở Nội vụ",
                true)), old).write().parquet(dir.resolve("old").toString());

        UnitResult national = unitResults("new").get(0);
        assertEquals(List.of("published", "19", "derived", "QĐ 1", "63", "85.84"), List.of(national.rankBasis(),
                String.valueOf(national.prevRankOf()), national.provenance(), national.source(),
                String.valueOf(national.rankOf()), String.valueOf(national.officialValue())));
        assertNull(national.reconciled());
        UnitResult before = unitResults("old").get(0);
        assertEquals("Sở Nội vụ", before.unitName());
        assertEquals(true, before.reconciled());
        assertNull(before.provenance());
        assertNull(before.rankBasis());
        assertNull(before.rank());
    }

    private List<UnitResult> unitResults(String folder) throws Exception {
        List<UnitResult> units = new ArrayList<>();
        new MartReader().read(Marts.UNIT_YEAR, dir.resolve(folder),
                values -> units.add(MartRecords.unitResult(new MartRow(Marts.UNIT_YEAR, values))));
        return units;
    }
}
