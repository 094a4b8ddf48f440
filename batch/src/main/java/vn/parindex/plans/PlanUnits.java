package vn.parindex.plans;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.parindex.reference.Resolution;
import vn.parindex.reference.Unit;
import vn.parindex.reference.UnitRegistry;
import vn.parindex.text.Names;

/**
 * Resolves a plan's unit (contract 1.7): as score files do, for the plan year; when the name is known but names no
 * unit of that year (a plan for the year before a unit was first scored), the only unit of the province known by
 * that name in any year.
 */
public final class PlanUnits {
    private PlanUnits() {
    }

    public static Resolution<Unit> resolve(UnitRegistry units, String province, int planYear, String written) {
        Resolution<Unit> forYear = units.unit(province, planYear, written);
        if (forYear.ok() || !"unit_not_valid_in_year".equals(forYear.rule())) {
            return forYear;
        }
        String key = Names.key(written);
        List<Unit> named = units.all().stream()
                .filter(unit -> unit.province().equals(province) && keys(unit).anyMatch(key::equals)).toList();
        List<Unit> byId = named.stream().filter(unit -> unit.unitId().equals(Names.clean(written))).toList();
        if (named.size() == 1 || byId.size() == 1) {
            return Resolution.of(named.size() == 1 ? named.get(0) : byId.get(0));
        }
        return Resolution.failure("ambiguous_unit", "'" + Names.clean(written) + "' names no unit valid in "
                + planYear + " and several in other years: " + named.stream()
                .map(unit -> unit.unitId() + " (" + unit.validityText() + ")").collect(Collectors.joining(", "))
                + " (use the unit_id)");
    }

    /** The names a unit is known by, as the registry matches them. */
    private static Stream<String> keys(Unit unit) {
        return Stream.concat(Stream.of(unit.unitId(), unit.name(), unit.shortName()), unit.aliases().stream())
                .map(Names::key).filter(name -> !name.isEmpty());
    }
}
