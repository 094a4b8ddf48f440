package vn.parindex.annex;

import java.util.Set;
import vn.parindex.text.Names;

/** A score cell of a published table as the long form writes it: its number, or NA. */
final class ScoreCells {
    /** What provinces write for "not applicable"; all become the long form's NA. */
    private static final Set<String> NOT_APPLICABLE = Set.of("", "-", "–", "—", "na", "n/a", "không đánh giá",
            "không chấm điểm", "kđg");

    private ScoreCells() {
    }

    /** The number, or NA for "-", blank and "Không đánh giá". */
    static String score(String text) {
        return isNotApplicable(text) ? "NA" : text;
    }

    static boolean isNotApplicable(String text) {
        return NOT_APPLICABLE.contains(Names.key(text));
    }
}
