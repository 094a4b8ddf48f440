package vn.parindex.annex;

import java.util.List;
import vn.parindex.read.ReadingSummary;
import vn.parindex.read.ScoreLine;

/**
 * What a published annex gave: long-form lines (or the problems that make it unreadable, as lines carrying them)
 * and, for `validate`, how it was read.
 */
public record AnnexReading(String file, String kind, List<ScoreLine> lines, List<String> description) {

    /** The description alone: kept for the whole run, so without the lines. */
    public ReadingSummary summary() {
        return new ReadingSummary(file, kind, description);
    }
}
