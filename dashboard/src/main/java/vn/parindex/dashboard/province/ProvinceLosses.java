package vn.parindex.dashboard.province;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.Figures;
import vn.parindex.dashboard.web.Provenance;

/**
 * Where a province's units lose their points, per domain, in index points (each unit's item points × 100 / its own
 * max_total; PAPI keeps its points): units whose trees have different maxima are never added up in raw points.
 */
record ProvinceLosses(List<Domain> domains) {
    /** A domain's index points lost summed over the units scored on it, and the weakest provenance among them. */
    record Domain(String code, String name, int units, double indexPointsLost, String provenance) {
        double perUnit() {
            return units == 0 ? 0 : indexPointsLost / units;
        }
    }

    static ProvinceLosses of(Snapshot snapshot, List<Row> unitYears) {
        Map<String, Domain> byCode = new LinkedHashMap<>();
        for (Row unitYear : unitYears) {
            Double factor = Figures.indexPointsPerItemPoint(unitYear);
            UnitYearKey key = UnitYearKey.of(unitYear);
            if (factor == null || key == null) {
                continue; // a total-only unit-year has no domains to apportion
            }
            for (Row domain : snapshot.components(key)) {
                Double lost = domain.number("points_lost");
                if (!Integer.valueOf(1).equals(domain.integer("level")) || lost == null) {
                    continue;
                }
                String code = domain.str("code");
                Domain before = byCode.get(code);
                byCode.put(code, before == null
                        ? new Domain(code, domain.str("name"), 1, lost * factor, domain.str("provenance"))
                        : new Domain(code, before.name(), before.units() + 1, before.indexPointsLost() + lost * factor,
                        Provenance.weaker(before.provenance(), domain.str("provenance"))));
            }
        }
        List<Domain> sorted = new ArrayList<>(byCode.values());
        sorted.sort(Comparator.comparingDouble(Domain::indexPointsLost).reversed());
        return new ProvinceLosses(List.copyOf(sorted));
    }
}
