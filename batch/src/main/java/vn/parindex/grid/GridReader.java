package vn.parindex.grid;

import java.nio.file.Path;
import java.util.List;

/**
 * One reader per file format (a grid producer): a workbook, a Word file, a PDF becomes its tables as {@link Grid}s.
 * The safety limits of a format live with its reader; a file it cannot or will not read is a {@link ReadProblem}
 * with a rule id, never an exception escaping the run.
 */
public interface GridReader {

    /** The file's tables in file order (sheets, tables, tables across pages); may be empty. */
    List<Grid> read(Path file) throws ReadProblem;

    /** What the file was read as, for `validate`: "a published workbook", "a Word document", "a PDF". */
    String kind();
}
