package vn.parindex.compute;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import vn.parindex.marts.Marts;
import vn.parindex.plans.PlanTask;
import vn.parindex.plans.TaskStatusRule;

/**
 * The task_status mart (contract section 4): each plan task's due dates and status as of the run's date. Plans are
 * typed by hand (a few hundred tasks a province), so the rows are built on the driver.
 */
public final class TaskStatusMart {
    private static final StructType SCHEMA = SparkSchemas.of(Marts.TASK_STATUS);
    private static final StructType DETAILS = SparkSchemas.of(Marts.PLAN_TASKS);

    private TaskStatusMart() {
    }

    static Mart of(SparkSession spark, List<PlanTask> tasks, LocalDate asOf) {
        List<Row> rows = tasks.stream().map(task -> RowFactory.create(task.province(), task.unitId(), task.planYear(),
                task.index().name(), blankToNull(task.code()), task.file(), task.line(), blankToNull(task.task()),
                blankToNull(task.lead()), blankToNull(task.deadline()),
                blankToNull(task.dueDates().stream().map(LocalDate::toString).collect(Collectors.joining(";"))),
                TaskStatusRule.nextDue(task.dueDates(), asOf).map(Date::valueOf).orElse(null),
                TaskStatusRule.of(task, asOf).code(), task.doneOn() == null ? null : Date.valueOf(task.doneOn())))
                .toList();
        return Published.of(Marts.TASK_STATUS, spark.createDataFrame(rows, SCHEMA), "file", "line");
    }

    /** plan_tasks (Parquet only): what the extract leaves out of each task (output, partners, note), by file and line. */
    public static Dataset<Row> details(SparkSession spark, List<PlanTask> tasks) {
        List<Row> rows = tasks.stream().map(task -> RowFactory.create(task.file(), task.line(),
                blankToNull(task.output()), blankToNull(task.partners()), blankToNull(task.note()))).toList();
        return Published.of(Marts.PLAN_TASKS, spark.createDataFrame(rows, DETAILS), "file", "line").rows();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
