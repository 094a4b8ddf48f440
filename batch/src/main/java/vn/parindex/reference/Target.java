package vn.parindex.reference;

import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.TargetKind;

/** A goal from an improvement plan, as targets.csv gives it; position keeps the file's order in the extract. */
public record Target(int position, String province, String unitId, int year, ScoreIndex index, String code,
                     TargetKind kind, Double value, String source) {
}
