package vn.parindex.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.csv.InputFileException;

/**
 * One reader per plan file format: turns a file into plan records with the contract's column names, so every rule of
 * {@link PlanRowCheck} applies alike to a CSV and to a workbook.
 */
public interface PlanSource {

    /** The file's records in file order, or the problem that makes the whole file unreadable. */
    List<PlanRecord> records(Path file) throws IOException, InputFileException;

    /** The reader for a file, by its name: .csv, or .xlsx/.xls; empty for any other file. */
    static Optional<PlanSource> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(new CsvPlanSource());
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return Optional.of(new WorkbookPlanSource());
        }
        return Optional.empty();
    }
}
