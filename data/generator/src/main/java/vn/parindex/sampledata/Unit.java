package vn.parindex.sampledata;

import java.util.List;

/** A row of reference/units.csv (contract 1.1). */
record Unit(String id, String province, String tier, String name, String shortName, String type,
            List<String> aliases, int validFrom, Integer validTo, String successorId) {
    boolean validIn(int year) {
        return year >= validFrom && (validTo == null || year <= validTo);
    }
}
