package vn.parindex.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.csv.InputFileException;
import vn.parindex.reference.ReferenceData;

/**
 * One reader per plan file format: turns a file into plan records with the contract's column names, so every rule of
 * {@link PlanRowCheck} applies alike to a CSV, a task workbook and a plan document.
 */
public interface PlanSource {

    /** The file's records in file order, or the problem that makes the whole file unreadable. */
    PlanRecords records(Path file, ReferenceData reference) throws IOException, InputFileException;

    /** The reader for a file, by its name: .csv, else the grid of a workbook, Word file or PDF; empty for others. */
    static Optional<PlanSource> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(new CsvPlanSource());
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".docx") || name.endsWith(".doc")
                || name.endsWith(".pdf")) {
            return Optional.of(new GridPlanSource());
        }
        return Optional.empty();
    }
}
