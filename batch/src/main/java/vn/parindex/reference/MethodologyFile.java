package vn.parindex.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.parindex.csv.CsvRecord;
import vn.parindex.csv.CsvTable;
import vn.parindex.csv.InputFileException;
import vn.parindex.marts.ScoreIndex;
import vn.parindex.marts.Tier;
import vn.parindex.text.Codes;
import vn.parindex.text.Names;
import vn.parindex.text.Numbers;

/** Reads methodology.csv (contract 1.2) and checks every tree: known parents, positive maxima, children adding up. */
final class MethodologyFile {
    static final String NAME = "reference/methodology.csv";
    private static final double TOLERANCE = 0.001;

    private MethodologyFile() {
    }

    /** A row as written, before the tree it belongs to is checked. */
    private record Row(int line, TreeKey tree, String code, String parentCode, String name, double max, String kind,
                       String prevCode) {
    }

    static Methodology read(Path file, UnitRegistry units, ReferenceIssues issues) throws IOException {
        CsvTable table;
        try {
            table = CsvTable.read(file, List.of("province", "year", "index", "code", "max_points"));
        } catch (InputFileException e) {
            issues.add(NAME, e);
            return new Methodology(Map.of());
        }
        Map<TreeKey, List<Row>> rowsByTree = new LinkedHashMap<>();
        for (CsvRecord record : table.rows()) {
            parse(table, record, units, issues).ifPresent(row ->
                    rowsByTree.computeIfAbsent(row.tree(), key -> new ArrayList<>()).add(row));
        }
        Map<TreeKey, MethodologyTree> trees = new LinkedHashMap<>();
        rowsByTree.forEach((key, rows) -> trees.put(key, buildTree(key, rows, issues)));
        return new Methodology(trees);
    }

    private static Optional<Row> parse(CsvTable table, CsvRecord record, UnitRegistry units, ReferenceIssues issues) {
        int line = record.line();
        String writtenProvince = table.get(record, "province");
        Resolution<String> province = units.province(writtenProvince);
        Optional<Tier> tier = InputCodes.tier(table.get(record, "tier"));
        OptionalInt year = issues.year(NAME, line, "year", table.get(record, "year"), true);
        Optional<ScoreIndex> index = InputCodes.index(table.get(record, "index"));
        String code = Codes.clean(table.get(record, "code"));
        OptionalDouble max = Numbers.parse(table.get(record, "max_points"));
        String kind = Names.key(table.get(record, "kind"));
        boolean valid = year.isPresent();
        if (writtenProvince.isEmpty()) {
            issues.add(NAME, line, "province", "missing_value", "province is empty");
            valid = false;
        }
        if (tier.isEmpty()) {
            issues.add(NAME, line, "tier", "unknown_tier", "tier '" + table.get(record, "tier") + "' is unknown");
            valid = false;
        }
        if (index.isEmpty()) {
            issues.add(NAME, line, "index", "unknown_index",
                    "index '" + table.get(record, "index") + "' is not PAR, SIPAS or PAPI");
            valid = false;
        }
        if (code.isEmpty()) {
            issues.add(NAME, line, "code", "missing_value", "code is empty");
            valid = false;
        }
        if (max.isEmpty() || max.getAsDouble() <= 0) {
            issues.add(NAME, line, "max_points", "invalid_maximum", "item " + code + ": max_points '"
                    + table.get(record, "max_points") + "' must be a number greater than 0");
            valid = false;
        }
        if (!kind.isEmpty() && !kind.equals("assessed") && !kind.equals("survey")) {
            issues.add(NAME, line, "kind", "unknown_kind", "item " + code + ": kind '" + table.get(record, "kind")
                    + "' is not assessed or survey");
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        String provinceName = province.ok() ? province.value() : Names.clean(writtenProvince);
        TreeKey key = new TreeKey(provinceName, tier.get(), year.getAsInt(), index.get());
        return Optional.of(new Row(line, key, code, Codes.clean(table.get(record, "parent_code")),
                table.get(record, "name"), max.getAsDouble(), kind.isEmpty() ? "assessed" : kind,
                Codes.clean(table.get(record, "prev_code"))));
    }

    private static MethodologyTree buildTree(TreeKey key, List<Row> rows, ReferenceIssues issues) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (Row row : rows) {
            Row first = byCode.putIfAbsent(row.code(), row);
            if (first != null) {
                issues.add(NAME, row.line(), "code", "duplicate_item", "item " + row.code() + " of " + key
                        + " is already defined at line " + first.line());
            }
        }
        Map<String, Double> childSums = new HashMap<>();
        for (Row row : byCode.values()) {
            if (!row.parentCode().isEmpty()) {
                if (!byCode.containsKey(row.parentCode())) {
                    issues.add(NAME, row.line(), "parent_code", "unknown_parent", "item " + row.code() + " of " + key
                            + " names parent " + row.parentCode() + ", which is not in that tree");
                }
                childSums.merge(row.parentCode(), row.max(), Double::sum);
            }
        }
        List<MethodologyItem> items = new ArrayList<>();
        for (Row row : byCode.values()) {
            Double childSum = childSums.get(row.code());
            if (childSum != null && Math.abs(childSum - row.max()) > TOLERANCE) {
                issues.add(NAME, row.line(), "max_points", "children_maxima_mismatch", "item " + row.code() + " of "
                        + key + " has max_points " + Numbers.format2(row.max()) + " but its children's maxima add up to "
                        + Numbers.format2(childSum));
            }
            int level = level(row, byCode, issues, key);
            if (level > 0) {
                items.add(new MethodologyItem(key, row.code(), row.parentCode(), row.name(), row.max(), row.kind(),
                        row.prevCode(), level, Codes.sortKey(row.code())));
            }
        }
        return new MethodologyTree(key, items);
    }

    /** Depth in the tree (domains are level 1); 0 when the parent chain is broken or loops. */
    private static int level(Row row, Map<String, Row> byCode, ReferenceIssues issues, TreeKey key) {
        int level = 1;
        Row current = row;
        while (!current.parentCode().isEmpty()) {
            current = byCode.get(current.parentCode());
            if (current == null) {
                return 0;
            }
            level++;
            if (level > byCode.size()) {
                issues.add(NAME, row.line(), "parent_code", "parent_cycle",
                        "item " + row.code() + " of " + key + " is its own ancestor");
                return 0;
            }
        }
        return level;
    }
}
