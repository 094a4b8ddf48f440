package vn.parindex.workbook;

import java.util.List;
import vn.parindex.read.ScoreLine;

/**
 * What a published workbook gave: long-form lines (or the problems that make it unreadable, as lines carrying them)
 * and, for `validate`, how it was read.
 */
public record WorkbookReading(String file, List<ScoreLine> lines, List<String> description) {

    /** The description alone: kept for the whole run, so without the lines. */
    public WorkbookSummary summary() {
        return new WorkbookSummary(file, description);
    }
}
