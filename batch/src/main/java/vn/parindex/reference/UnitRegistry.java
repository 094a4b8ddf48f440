package vn.parindex.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.text.Names;

/** Finds units and provinces by id, name, short name or alias, the way planners write them. */
public final class UnitRegistry {
    private static final List<String> PROVINCE_PREFIXES = List.of("tỉnh ", "thành phố ", "tp. ", "tp ");

    private final Map<String, Unit> byId = new LinkedHashMap<>();
    private final Map<String, List<Unit>> byNameKey = new HashMap<>();
    private final Map<String, String> provinceByKey = new LinkedHashMap<>();

    public UnitRegistry(List<Unit> units) {
        for (Unit unit : units) {
            byId.put(unit.unitId(), unit);
            provinceByKey.putIfAbsent(Names.key(unit.province()), unit.province());
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.key(unit.unitId()));
            keys.add(Names.key(unit.name()));
            keys.add(Names.key(unit.shortName()));
            unit.aliases().forEach(alias -> keys.add(Names.key(alias)));
            keys.remove("");
            keys.forEach(key -> byNameKey.computeIfAbsent(key, k -> new ArrayList<>()).add(unit));
        }
    }

    public List<Unit> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Unit> byId(String unitId) {
        return Optional.ofNullable(byId.get(unitId));
    }

    /** The province as units.csv names it, matched case-insensitively and with or without "Tỉnh". */
    public Resolution<String> province(String written) {
        String key = Names.key(written);
        String found = provinceByKey.get(key);
        if (found == null) {
            String bare = stripPrefix(key);
            found = provinceByKey.entrySet().stream()
                    .filter(entry -> stripPrefix(entry.getKey()).equals(bare))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (found != null) {
            return Resolution.of(found);
        }
        return Resolution.failure("unknown_province", "unknown province '" + Names.clean(written) + "'"
                + suggestions(key, provinceByKey.values()));
    }

    private static String stripPrefix(String key) {
        for (String prefix : PROVINCE_PREFIXES) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    /** The unit a score row names, in its province and valid in the year scored. */
    public Resolution<Unit> unit(String province, int year, String written) {
        String key = Names.key(written);
        String shown = Names.clean(written);
        List<Unit> named = byNameKey.getOrDefault(key, List.of());
        List<Unit> inProvince = named.stream().filter(unit -> unit.province().equals(province)).toList();
        if (inProvince.isEmpty()) {
            if (!named.isEmpty()) {
                String where = named.stream().map(Unit::province).distinct().collect(Collectors.joining(", "));
                return Resolution.failure("unit_in_other_province",
                        "unit '" + shown + "' belongs to " + where + ", not to " + province);
            }
            List<String> provinceNames = byId.values().stream().filter(unit -> unit.province().equals(province))
                    .map(Unit::name).toList();
            return Resolution.failure("unknown_unit", "unknown unit '" + shown + "' in " + province
                    + suggestions(key, provinceNames));
        }
        List<Unit> valid = inProvince.stream().filter(unit -> unit.validIn(year)).toList();
        if (valid.size() == 1) {
            return Resolution.of(valid.get(0));
        }
        if (valid.isEmpty()) {
            String spans = inProvince.stream().map(unit -> unit.unitId() + " (" + unit.validityText() + ")")
                    .collect(Collectors.joining(", "));
            return Resolution.failure("unit_not_valid_in_year",
                    "unit '" + shown + "' is scored for " + year + " but exists only in " + spans);
        }
        Optional<Unit> exactId = valid.stream().filter(unit -> unit.unitId().equals(shown)).findFirst();
        if (exactId.isPresent()) {
            return Resolution.of(exactId.get());
        }
        return Resolution.failure("ambiguous_unit", "'" + shown + "' names several units valid in " + year + ": "
                + valid.stream().map(Unit::unitId).collect(Collectors.joining(", ")) + " (use the unit_id)");
    }

    /** Names longer than this are compared by their first characters only: a suggestion needs no more. */
    private static final int COMPARED_LENGTH = 120;

    /** The three closest names: one distance per candidate (O(candidates)), on bounded-length keys. */
    private static String suggestions(String key, java.util.Collection<String> candidates) {
        String compared = key.length() > COMPARED_LENGTH ? key.substring(0, COMPARED_LENGTH) : key;
        record Scored(String name, int distance) {
        }
        List<String> closest = candidates.stream().distinct()
                .map(name -> {
                    String other = Names.key(name);
                    return new Scored(name, Names.distance(compared,
                            other.length() > COMPARED_LENGTH ? other.substring(0, COMPARED_LENGTH) : other));
                })
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(3).map(Scored::name).toList();
        return closest.isEmpty() ? "" : "; closest known: " + String.join(", ", closest);
    }
}
