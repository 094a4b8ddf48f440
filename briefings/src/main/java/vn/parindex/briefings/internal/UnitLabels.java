package vn.parindex.briefings.internal;

import vn.parindex.marts.records.UnitResult;

/**
 * A unit named with its province, "Sở TT&amp;TT (Lào Cai)": departments of the same kind share their names across
 * provinces. The provinces of the national table are named alone.
 */
final class UnitLabels {
    private static final String NATIONAL = "Việt Nam";

    private UnitLabels() {
    }

    static String withProvince(UnitResult unit) {
        if (unit.province() == null || NATIONAL.equals(unit.province())) {
            return unit.unitName();
        }
        return unit.unitName() + " (" + unit.province() + ")";
    }
}
