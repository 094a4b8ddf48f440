package vn.parindex.dashboard.province;

import vn.parindex.marts.Provenance;
import vn.parindex.marts.Columns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;
import vn.parindex.dashboard.web.Figures;

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

    static ProvinceLosses of(Snapshot snapshot, List<MartRow> unitYears) {
        Map<String, Domain> byCode = new LinkedHashMap<>();
        for (MartRow unitYear : unitYears) {
            Double factor = Figures.indexPointsPerItemPoint(unitYear);
            UnitYearKey key = UnitYearKey.of(unitYear);
            if (factor == null || key == null) {
                continue; // a total-only unit-year has no domains to apportion
            }
            for (MartRow domain : snapshot.components(key)) {
                Double lost = domain.get(Columns.POINTS_LOST);
                if (!Integer.valueOf(1).equals(domain.get(Columns.LEVEL)) || lost == null) {
                    continue;
                }
                String code = domain.get(Columns.CODE);
                Domain before = byCode.get(code);
                byCode.put(code, before == null
                        ? new Domain(code, domain.get(Columns.ITEM_NAME), 1, lost * factor, domain.get(Columns.PROVENANCE))
                        : new Domain(code, before.name(), before.units() + 1, before.indexPointsLost() + lost * factor,
                        Provenance.weakerCode(before.provenance(), domain.get(Columns.PROVENANCE))));
            }
        }
        List<Domain> sorted = new ArrayList<>(byCode.values());
        sorted.sort(Comparator.comparingDouble(Domain::indexPointsLost).reversed());
        return new ProvinceLosses(List.copyOf(sorted));
    }
}
