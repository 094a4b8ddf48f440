package vn.parindex.reference;

import java.util.List;
import vn.parindex.marts.Tier;

/** A scored unit (department, district, commune or province) and the years it existed. */
public record Unit(String unitId, String province, Tier tier, String name, String shortName, String unitType,
                   List<String> aliases, Integer validFrom, Integer validTo, String successorId) {

    public boolean validIn(int year) {
        return (validFrom == null || year >= validFrom) && (validTo == null || year <= validTo);
    }

    public String validityText() {
        return (validFrom == null ? "…" : validFrom.toString()) + "–" + (validTo == null ? "" : validTo.toString());
    }
}
