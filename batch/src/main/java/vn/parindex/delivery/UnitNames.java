package vn.parindex.delivery;

import java.util.List;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.UnitResult;

/** A unit's name as its latest result on the index names it (else on any index), or its id when it has none. */
final class UnitNames {
    private UnitNames() {
    }

    static String of(BriefingData data, String unitId, String index) {
        List<UnitResult> history = data.history(unitId, index);
        if (!history.isEmpty() && history.get(history.size() - 1).unitName() != null) {
            return history.get(history.size() - 1).unitName();
        }
        return data.latestUnitYears().stream().filter(unitYear -> unitYear.unitId().equals(unitId))
                .map(data::unitYear).flatMap(java.util.Optional::stream).map(UnitResult::unitName)
                .filter(java.util.Objects::nonNull).findFirst().orElse(unitId);
    }
}
