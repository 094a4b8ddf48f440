package vn.parindex.sampledata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The units (reference/units.csv), built from sources/provinces.csv, departments.csv (each department with its
 * id, validity and successor), department-names.csv (names and aliases per kind, {P} = the province) and
 * districts.csv. Order: per province its departments, then its districts; the national tier last.
 */
final class Units {
    static final String NATION = "Việt Nam";

    private final List<Province> provinces;
    private final List<Unit> all;
    private final Map<String, Unit> byId = new HashMap<>();

    private Units(List<Province> provinces, List<Unit> all) {
        this.provinces = List.copyOf(provinces);
        this.all = List.copyOf(all);
        for (Unit u : all) {
            if (byId.put(u.id(), u) != null) {
                throw new IllegalStateException("unit_id " + u.id() + " given twice in the sources");
            }
        }
    }

    static Units load() {
        List<Province> provinces = new ArrayList<>();
        List<Unit> national = new ArrayList<>();
        for (Map<String, String> r : SourceCsv.read("provinces.csv")) {
            String name = r.get("province");
            provinces.add(new Province(name, r.get("slug"), Integer.parseInt(r.get("par_last_year"))));
            national.add(new Unit(r.get("national_unit_id"), NATION, "province", "UBND tỉnh " + name, name, "UBND_TINH",
                    List.of("tỉnh " + name, "Ủy ban nhân dân tỉnh " + name),
                    Integer.parseInt(r.get("national_valid_from")), year(r.get("national_valid_to")), null));
        }
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Map<String, String> r : SourceCsv.read("department-names.csv")) {
            names.put(r.get("names") + "|" + r.get("province"), r);
        }
        List<Map<String, String>> departments = SourceCsv.read("departments.csv");
        List<Map<String, String>> districts = SourceCsv.read("districts.csv");
        List<Unit> all = new ArrayList<>();
        for (Province p : provinces) {
            departments.stream().filter(r -> r.get("province").equals(p.name()))
                    .forEach(r -> all.add(department(r, names)));
            districts.stream().filter(r -> r.get("province").equals(p.name())).forEach(r -> all.add(district(r)));
        }
        all.addAll(national);
        return new Units(provinces, all);
    }

    private static Unit department(Map<String, String> r, Map<String, Map<String, String>> names) {
        String province = r.get("province");
        Map<String, String> n = names.getOrDefault(r.get("names") + "|" + province, names.get(r.get("names") + "|"));
        if (n == null) {
            throw new IllegalStateException("departments.csv: " + r.get("unit_id") + " names '" + r.get("names")
                    + "', which department-names.csv does not give for " + province);
        }
        List<String> aliases = List.of(n.get("aliases").replace("{P}", province).split("\\|"));
        String successor = r.get("successor_id");
        return new Unit(r.get("unit_id"), province, "department", n.get("name"), n.get("short_name"), r.get("unit_type"),
                aliases, Integer.parseInt(r.get("valid_from")), year(r.get("valid_to")),
                successor.isEmpty() ? null : successor);
    }

    /** A district (UBND cấp huyện): "UBND thành phố X" (TP) or "UBND huyện X" (H), as the published tables name them. */
    private static Unit district(Map<String, String> r) {
        String place = r.get("place");
        boolean city = r.get("kind").equals("TP");
        String name = (city ? "UBND thành phố " : "UBND huyện ") + place;
        String shortName = city ? "TP " + place : place;
        List<String> aliases = city ? List.of("Thành phố " + place, "UBND TP " + place)
                : List.of("Huyện " + place, "UBND " + place);
        return new Unit(r.get("unit_id"), r.get("province"), "district", name, shortName, "UBND_HUYEN", aliases,
                Integer.parseInt(r.get("valid_from")), year(r.get("valid_to")), null);
    }

    private static Integer year(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    List<Province> provinces() {
        return provinces;
    }

    List<Unit> all() {
        return all;
    }

    Unit get(String id) {
        Unit u = byId.get(id);
        if (u == null) {
            throw new IllegalStateException("no unit " + id);
        }
        return u;
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The units of a ranking table (province, tier) in a year, in units.csv order. */
    List<Unit> scored(String province, String tier, int year) {
        return all.stream().filter(u -> u.province().equals(province) && u.tier().equals(tier) && u.validIn(year))
                .collect(Collectors.toList());
    }

    /** The units whose lineage {@code id} carries on (successor_id). */
    List<Unit> predecessors(String id) {
        return all.stream().filter(u -> id.equals(u.successorId())).collect(Collectors.toList());
    }
}
