package vn.parindex.compute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.DelimitedText;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.Marts;
import vn.parindex.plans.PlanTask;
import vn.parindex.publish.ExtractWriter;

/**
 * task_status.csv as the nightly job publishes it: the task_status mart (TaskStatusMart on a real Spark session)
 * written to Parquet, then streamed into its extract by the extract writer.
 */
final class TaskStatusExtract {
    private TaskStatusExtract() {
    }

    /** Writes the extract of the tasks as of the date into a new folder under dir and returns the file. */
    static Path write(Path dir, List<PlanTask> tasks, LocalDate asOf) throws IOException {
        Path out = Files.createTempDirectory(Files.createDirectories(dir), "task-status");
        Path mart = out.resolve("marts/task_status");
        TaskStatusMart.of(SparkSessions.get("local[2]"), tasks, asOf).write(mart);
        Path extract = out.resolve("task_status.csv");
        ExtractWriter.write(Marts.TASK_STATUS, mart, extract);
        return extract;
    }

    /** The extract's records as text, the header first. */
    static List<List<String>> records(Path dir, List<PlanTask> tasks, LocalDate asOf)
            throws IOException, InputFileException {
        return DelimitedText.read(write(dir, tasks, asOf)).records().stream().map(CsvRecord::fields).toList();
    }

    /** The extract's rows as text, without the header. */
    static List<List<String>> rows(Path dir, List<PlanTask> tasks, LocalDate asOf)
            throws IOException, InputFileException {
        List<List<String>> records = records(dir, tasks, asOf);
        return records.subList(1, records.size());
    }
}
