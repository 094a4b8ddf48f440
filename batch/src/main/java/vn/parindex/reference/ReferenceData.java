package vn.parindex.reference;

import java.util.List;

/** The reference inputs of one run: who is scored, on what, and the plans' goals. */
public record ReferenceData(UnitRegistry units, Methodology methodology, List<Target> targets) {
}
