package vn.parindex.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.Tier;
import vn.parindex.text.Names;

/** Reads units.csv (contract 1.1) and checks ids, tiers, years and successors. */
final class UnitsFile {
    static final String NAME = "reference/units.csv";

    private UnitsFile() {
    }

    static List<Unit> read(Path file, ReferenceIssues issues) throws IOException {
        CsvTable table;
        try {
            table = CsvTable.read(file, List.of("unit_id", "province", "name"));
        } catch (InputFileException e) {
            issues.add(NAME, e);
            return List.of();
        }
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (CsvRecord row : table.rows()) {
            read(table, row, issues).ifPresent(unit -> {
                Integer first = lineOfId.putIfAbsent(unit.unitId(), row.line());
                if (first != null) {
                    issues.add(NAME, row.line(), "unit_id", "duplicate_unit_id",
                            "unit_id " + unit.unitId() + " is already defined at line " + first);
                } else {
                    units.add(unit);
                }
            });
        }
        for (Unit unit : units) {
            if (unit.successorId() != null && !lineOfId.containsKey(unit.successorId())) {
                issues.add(NAME, lineOfId.get(unit.unitId()), "successor_id", "unknown_successor",
                        "successor '" + unit.successorId() + "' of " + unit.unitId() + " is not a unit_id of this file");
            }
        }
        reportCycles(units, lineOfId, issues);
        return units;
    }

    /**
     * A lineage that comes back to a unit (A → B → A, or A → A) has no end to carry the history to (contract 1.1):
     * each cycle is reported once, at the line of its first unit in the file, naming the whole chain.
     */
    private static void reportCycles(List<Unit> units, Map<String, Integer> lineOfId, ReferenceIssues issues) {
        Map<String, String> successorOf = new HashMap<>();
        units.forEach(unit -> {
            if (unit.successorId() != null) {
                successorOf.put(unit.unitId(), unit.successorId());
            }
        });
        java.util.Set<String> settled = new java.util.HashSet<>();
        for (Unit start : units) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            for (String id = start.unitId(); id != null && !settled.contains(id); id = successorOf.get(id)) {
                Integer seen = positions.putIfAbsent(id, path.size());
                if (seen != null) {
                    List<String> cycle = path.subList(seen, path.size());
                    String first = cycle.stream().min(java.util.Comparator.comparing(lineOfId::get)).orElseThrow();
                    issues.add(NAME, lineOfId.get(first), "successor_id", "successor_cycle",
                            "the successors of " + first + " come back to it: " + chain(cycle, first)
                                    + "; a lineage must end in a unit without a successor");
                    break;
                }
                path.add(id);
            }
            settled.addAll(path);
        }
    }

    /** "A → B → A", starting at the given unit of the cycle. */
    private static String chain(List<String> cycle, String first) {
        int at = cycle.indexOf(first);
        List<String> ordered = new ArrayList<>(cycle.subList(at, cycle.size()));
        ordered.addAll(cycle.subList(0, at));
        ordered.add(first);
        return String.join(" → ", ordered);
    }

    private static Optional<Unit> read(CsvTable table, CsvRecord row, ReferenceIssues issues) {
        int line = row.line();
        String id = table.get(row, "unit_id");
        String province = table.get(row, "province");
        String name = table.get(row, "name");
        if (id.isEmpty() || province.isEmpty() || name.isEmpty()) {
            issues.add(NAME, line, id.isEmpty() ? "unit_id" : province.isEmpty() ? "province" : "name",
                    "missing_value", "unit_id, province and name are required");
            return Optional.empty();
        }
        Optional<Tier> tier = InputCodes.tier(table.get(row, "tier"));
        if (tier.isEmpty()) {
            issues.add(NAME, line, "tier", "unknown_tier", "tier '" + table.get(row, "tier")
                    + "' is not one of department, district, commune, province");
            return Optional.empty();
        }
        OptionalInt from = issues.year(NAME, line, "valid_from", table.get(row, "valid_from"), false);
        OptionalInt to = issues.year(NAME, line, "valid_to", table.get(row, "valid_to"), false);
        if (from.isPresent() && to.isPresent() && from.getAsInt() > to.getAsInt()) {
            issues.add(NAME, line, "valid_to", "invalid_validity",
                    "valid_to " + to.getAsInt() + " is before valid_from " + from.getAsInt());
        }
        List<String> aliases = Arrays.stream(table.get(row, "aliases").split("\\|"))
                .map(Names::clean).filter(alias -> !alias.isEmpty()).toList();
        String successor = table.get(row, "successor_id");
        return Optional.of(new Unit(id, province, tier.get(), name, table.get(row, "short_name"),
                table.get(row, "unit_type"), aliases,
                from.isPresent() ? from.getAsInt() : null, to.isPresent() ? to.getAsInt() : null,
                successor.isEmpty() ? null : successor));
    }
}
