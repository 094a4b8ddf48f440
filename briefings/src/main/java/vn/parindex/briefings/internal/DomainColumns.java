package vn.parindex.briefings.internal;

import vn.parindex.text.Codes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.UnitResult;

/** The domains (level 1 items) scored in a ranking table, one column each, in code order. */
final class DomainColumns {
    private final Map<String, String> namesByCode;

    private DomainColumns(Map<String, String> namesByCode) {
        this.namesByCode = namesByCode;
    }

    static DomainColumns of(BriefingData data, List<UnitResult> units) {
        Map<String, String> names = new TreeMap<>(Codes.ORDER);
        for (UnitResult unit : units) {
            data.domains(unit.unitYear()).forEach(domain -> names.putIfAbsent(domain.code(), domain.name()));
        }
        return new DomainColumns(names);
    }

    /** The domains' codes, in column order. */
    List<String> codes() {
        return List.copyOf(namesByCode.keySet());
    }

    int size() {
        return namesByCode.size();
    }

    /**
     * Writes a header per domain from {@code firstColumn} on, and under it each unit's value in the order given
     * (one row per unit); a domain the unit has no score on stays blank.
     */
    void write(SafeCells cells, BriefingData data, List<UnitResult> units, int headerRow, int firstColumn,
               String headerPrefix, BiFunction<UnitResult, ItemResult, Double> value) {
        int column = firstColumn;
        for (Map.Entry<String, String> domain : namesByCode.entrySet()) {
            cells.header(headerRow, column++, headerPrefix + domain.getKey() + ". " + domain.getValue());
        }
        for (int i = 0; i < units.size(); i++) {
            UnitResult unit = units.get(i);
            Map<String, ItemResult> byCode = data.domains(unit.unitYear()).stream()
                    .collect(Collectors.toMap(ItemResult::code, item -> item));
            column = firstColumn;
            for (String code : namesByCode.keySet()) {
                ItemResult item = byCode.get(code);
                cells.number(headerRow + 1 + i, column++, item == null ? null : value.apply(unit, item));
            }
        }
    }
}
