package vn.parindex.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;
import vn.parindex.text.Names;

/** Reads the optional tables.csv (contract 1.6): the true size of ranking tables the input holds part of. */
final class TablesFile {
    static final String NAME = "reference/tables.csv";

    private TablesFile() {
    }

    static List<RankingTable> read(Path file, UnitRegistry units, ReferenceIssues issues) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        CsvTable table;
        try {
            table = CsvTable.read(file, List.of("province", "index", "year_from", "members"));
        } catch (InputFileException e) {
            issues.add(NAME, e);
            return List.of();
        }
        List<RankingTable> tables = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvRecord row : table.rows()) {
            parse(table, row, units, issues).ifPresent(parsed -> {
                for (int i = 0; i < tables.size(); i++) {
                    if (tables.get(i).overlaps(parsed)) {
                        issues.add(NAME, row.line(), "year_from", "overlapping_tables", "the " + parsed.index()
                                + " table of " + parsed.province() + " (" + parsed.tier().code()
                                + ") is already sized for some of these years at line " + lines.get(i));
                        return;
                    }
                }
                tables.add(parsed);
                lines.add(row.line());
            });
        }
        return List.copyOf(tables);
    }

    private static Optional<RankingTable> parse(CsvTable table, CsvRecord row, UnitRegistry units,
                                                ReferenceIssues issues) {
        int line = row.line();
        Resolution<String> province = units.province(table.get(row, "province"));
        Optional<Tier> tier = InputCodes.tier(table.get(row, "tier"));
        Optional<ScoreIndex> index = InputCodes.index(table.get(row, "index"));
        OptionalInt from = issues.year(NAME, line, "year_from", table.get(row, "year_from"), true);
        OptionalInt to = issues.year(NAME, line, "year_to", table.get(row, "year_to"), false);
        OptionalInt members = members(table.get(row, "members"), line, issues);
        boolean unreadableTo = to.isEmpty() && !Names.clean(table.get(row, "year_to")).isEmpty();
        boolean valid = from.isPresent() && members.isPresent() && !unreadableTo;
        if (!province.ok()) {
            issues.add(NAME, line, "province", province.rule(), province.message());
            valid = false;
        }
        if (tier.isEmpty()) {
            issues.add(NAME, line, "tier", "unknown_tier", "tier '" + table.get(row, "tier")
                    + "' is not one of department, district, commune, province");
            valid = false;
        }
        if (index.isEmpty()) {
            issues.add(NAME, line, "index", "unknown_index", "index '" + table.get(row, "index")
                    + "' is not PAR, SIPAS or PAPI");
            valid = false;
        }
        if (from.isPresent() && to.isPresent() && to.getAsInt() < from.getAsInt()) {
            issues.add(NAME, line, "year_to", "invalid_validity",
                    "year_to " + to.getAsInt() + " is before year_from " + from.getAsInt());
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new RankingTable(province.value(), tier.get(), index.get(), from.getAsInt(),
                to.isPresent() ? to.getAsInt() : null, members.getAsInt()));
    }

    private static OptionalInt members(String text, int line, ReferenceIssues issues) {
        String value = Names.clean(text);
        try {
            int members = Integer.parseInt(value);
            if (members >= 1) {
                return OptionalInt.of(members);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        issues.add(NAME, line, "members", "bad_members", "members '" + value + "' is not a whole number of at least 1");
        return OptionalInt.empty();
    }
}
