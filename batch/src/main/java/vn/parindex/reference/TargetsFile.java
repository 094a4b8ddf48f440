package vn.parindex.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.TargetKind;
import vn.parindex.text.Codes;
import vn.parindex.text.Names;
import vn.parindex.text.Numbers;

/** Reads the optional targets.csv (contract 1.4). */
final class TargetsFile {
    static final String NAME = "reference/targets.csv";

    private TargetsFile() {
    }

    static List<Target> read(Path file, UnitRegistry units, ReferenceIssues issues) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        CsvTable table;
        try {
            table = CsvTable.read(file, List.of("unit_id", "year", "index", "code", "kind"));
        } catch (InputFileException e) {
            issues.add(NAME, e);
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (CsvRecord row : table.rows()) {
            parse(table, row, targets.size(), units, issues).ifPresent(targets::add);
        }
        return targets;
    }

    private static Optional<Target> parse(CsvTable table, CsvRecord row, int position, UnitRegistry units,
                                          ReferenceIssues issues) {
        int line = row.line();
        String unitId = table.get(row, "unit_id");
        Optional<Unit> unit = units.byId(unitId);
        OptionalInt year = issues.year(NAME, line, "year", table.get(row, "year"), true);
        Optional<ScoreIndex> index = InputCodes.index(table.get(row, "index"));
        Optional<TargetKind> kind = InputCodes.targetKind(table.get(row, "kind"));
        String code = Codes.clean(table.get(row, "code"));
        String valueText = table.get(row, "value");
        OptionalDouble value = Numbers.parse(valueText);
        boolean valid = year.isPresent();
        if (unit.isEmpty()) {
            issues.add(NAME, line, "unit_id", "unknown_unit", "target for unknown unit_id '" + unitId + "'");
            valid = false;
        }
        if (index.isEmpty()) {
            issues.add(NAME, line, "index", "unknown_index", "index '" + table.get(row, "index") + "' is unknown");
            valid = false;
        }
        if (kind.isEmpty()) {
            issues.add(NAME, line, "kind", "unknown_target_kind", "kind '" + table.get(row, "kind")
                    + "' is not score_at_least, max, rank_at_most, increase_points or rank_improve");
            valid = false;
        } else if (kind.get() == TargetKind.RANK_IMPROVE && !code.isEmpty() && !code.equalsIgnoreCase("TOTAL")) {
            issues.add(NAME, line, "code", "rank_improve_not_total", "a rank_improve target is on TOTAL, not on item "
                    + code);
            valid = false;
        } else if (kind.get() == TargetKind.RANK_IMPROVE && Names.clean(valueText).isEmpty()) {
            value = OptionalDouble.of(1); // blank: at least one place better (contract 1.4)
        } else if (kind.get() != TargetKind.MAX && value.isEmpty()) {
            issues.add(NAME, line, "value", "not_a_number", "target value '" + valueText + "' is not a number");
            valid = false;
        }
        if (code.isEmpty()) {
            issues.add(NAME, line, "code", "missing_value", "code is empty (use TOTAL for the index itself)");
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        String codeOrTotal = code.equalsIgnoreCase("TOTAL") ? "TOTAL" : code;
        return Optional.of(new Target(position, unit.get().province(), unitId, year.getAsInt(), index.get(),
                codeOrTotal, kind.get(), value.isPresent() ? value.getAsDouble() : null, table.get(row, "source")));
    }
}
