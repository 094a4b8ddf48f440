package vn.parindex.dashboard.plan;

import vn.parindex.marts.Columns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;
import vn.parindex.dashboard.snapshot.UnitYearKey;

/**
 * The names of a unit's domains (level-1 items), from the first of the given years that has its components: task
 * codes are resolved against the plan year's tree, which may not be scored yet.
 */
final class DomainNames {
    private final Map<String, String> names = new HashMap<>();

    DomainNames(Snapshot snapshot, String unitId, String index, List<Integer> years) {
        for (int year : years) {
            for (MartRow row : snapshot.components(new UnitYearKey(unitId, index, year))) {
                if (Integer.valueOf(1).equals(row.get(Columns.LEVEL))) {
                    names.putIfAbsent(row.get(Columns.CODE), row.get(Columns.ITEM_NAME));
                }
            }
        }
    }

    /** "3. Cải cách thủ tục hành chính", the code alone when unknown, "Kế hoạch chung" for tasks without one. */
    String label(String domain) {
        if (Task.GENERAL.equals(domain)) {
            return "Kế hoạch chung";
        }
        String name = names.get(domain);
        return name == null ? "Lĩnh vực " + domain : domain + ". " + name;
    }
}
