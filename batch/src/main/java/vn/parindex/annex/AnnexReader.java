package vn.parindex.annex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.documents.Documents;
import vn.parindex.grid.Grid;
import vn.parindex.grid.GridReader;
import vn.parindex.grid.ReadProblem;
import vn.parindex.marts.Tier;
import vn.parindex.quality.Issue;
import vn.parindex.read.ScoreLine;
import vn.parindex.reference.MethodologyItem;
import vn.parindex.reference.MethodologyTree;
import vn.parindex.reference.ReferenceData;
import vn.parindex.reference.Resolution;
import vn.parindex.reference.TreeKey;
import vn.parindex.reference.Unit;

/**
 * Turns a published ranking table (contract 1.5, 1.8) — a workbook's sheet, a Word table, a PDF table, each given as
 * a {@link Grid} — into the long-form lines a CSV would give: one line per unit and domain, TOTAL from the published
 * index and RANK from the rank column, so validation, quarantine and computation treat every form alike. Lines are
 * numbered by the grid's rows (the Excel row of a sheet); columns are reported by letter (a sheet) or by page or
 * table, row and column (a document), with their header.
 */
public final class AnnexReader {
    private final ReferenceData reference;

    public AnnexReader(ReferenceData reference) {
        this.reference = reference;
    }

    /** Reads the file with the grid reader of its format. Never throws for bad input: every problem is a line. */
    public AnnexReading read(Path file, String displayName) {
        GridReader reader = Documents.reader(file);
        try {
            return readTables(reader.read(file), reader.kind(), file, displayName);
        } catch (ReadProblem problem) {
            return failed(displayName, reader.kind(), problem);
        }
    }

    private AnnexReading readTables(List<Grid> grids, String kind, Path file, String displayName)
            throws ReadProblem {
        List<ScoreLine> lines = new ArrayList<>();
        List<String> description = new ArrayList<>();
        String fileName = file.getFileName().toString();
        AnnexTitle first = null;
        String firstName = null;
        for (Grid grid : grids) {
            Optional<TableLocator.Table> table = TableLocator.locate(grid);
            if (table.isPresent()) {
                AnnexTitle title = AnnexTitle.of(table.get().titleLines(), fileName, provinces());
                if (first != null) {
                    title = title.orFrom(first, firstName);
                } else {
                    first = title;
                    firstName = grid.name();
                }
                new TableReading(displayName, fileName, grid, table.get(), title).read(lines, description);
            }
        }
        if (!description.isEmpty() && lines.isEmpty()) { // like a CSV with a header only: said, not quarantined
            lines.add(new ScoreLine(displayName, 0, Map.of(), Issue.noRows(displayName, "no_unit_rows",
                    "the ranking table has a header but no unit rows with scores: the file contributed nothing")));
        }
        if (description.isEmpty()) {
            throw new ReadProblem("no_table_found", "no " + (grids.isEmpty() ? "table" : "sheet or table")
                    + " has a ranking table: no header row with the unit name column (\"Tên cơ quan, đơn vị\") and"
                    + " STT, a total or a rank within the first " + TableLocator.MAX_TITLE_ROWS + " rows");
        }
        return new AnnexReading(displayName, kind, lines, description);
    }

    private static AnnexReading failed(String displayName, String kind, ReadProblem problem) {
        return new AnnexReading(displayName, kind, List.of(problemLine(displayName, problem)),
                List.of("not read: " + problem.getMessage()));
    }

    private static ScoreLine problemLine(String file, ReadProblem problem) {
        return new ScoreLine(file, problem.line(), Map.of(),
                Issue.error(file, problem.line(), problem.column(), problem.rule(), problem.getMessage()));
    }

    private List<String> provinces() {
        return reference.units().all().stream().map(Unit::province).distinct().toList();
    }

    /** One table, row by row; group rows switch the tier. */
    private final class TableReading {
        private final String file;
        private final String fileName;
        private final Grid grid;
        private final TableLocator.Table table;
        private final AnnexTitle title;
        private final Map<Tier, Optional<DomainMatch>> matchByTier = new EnumMap<>(Tier.class);
        private final Map<ColumnRole, HeaderColumn> single = new EnumMap<>(ColumnRole.class);
        private final List<HeaderColumn> domains;
        private final Map<Tier, Integer> rowsByTier = new LinkedHashMap<>();
        private final RepeatedHeader repeatedHeader;

        TableReading(String file, String fileName, Grid grid, TableLocator.Table table, AnnexTitle title) {
            this.file = file;
            this.fileName = fileName;
            this.grid = grid;
            this.table = table;
            this.title = title;
            table.columns().forEach(column -> single.putIfAbsent(column.role(), column));
            this.domains = table.columns().stream().filter(column -> column.role() == ColumnRole.DOMAIN).toList();
            this.repeatedHeader = new RepeatedHeader(grid, table.firstHeaderRow(), table.firstBodyRow());
        }

        void read(List<ScoreLine> lines, List<String> description) {
            int headerRow = table.firstHeaderRow();
            if (title.missing().isPresent()) {
                lines.add(problemLine(file, new ReadProblem("no_province_or_year", grid.line(headerRow),
                        grid.where(headerRow), "neither the title nor the file name says the " + title.missing().get()
                        + " of the table in " + grid.name() + "; write it in the title (\"… NĂM 2024 … TỈNH …\") or"
                        + " the file name")));
                description.add(describe(0));
                return;
            }
            Tier groupTier = null;
            int units = 0;
            for (int row = table.firstBodyRow(); row < grid.rowCount(); row++) {
                if (repeatedHeader.at(row)) {
                    continue; // the header again on a later page
                }
                String number = text(ColumnRole.NUMBER, row);
                String unitName = text(ColumnRole.UNIT, row);
                if (!hasValues(row)) {
                    // A group row, a blank row or a footnote: only a group row says something (the tier).
                    Optional<Tier> tier = GroupRows.tier(number + " " + unitName);
                    if (tier.isPresent() && !(number + unitName).isBlank()) {
                        groupTier = tier.get();
                    }
                    continue;
                }
                if (GroupRows.isSummary(unitName) || GroupRows.isSummary(number)) {
                    continue;
                }
                units++;
                Tier tier = unitTier(unitName).orElse(groupTier == null ? Tier.DEPARTMENT : groupTier);
                rowsByTier.merge(tier, 1, Integer::sum);
                unitLines(row, unitName, tier, lines);
            }
            matchByTier.values().stream().flatMap(Optional::stream).flatMap(match -> match.problems().stream())
                    .forEach(problem -> lines.add(problemLine(file, problem)));
            description.add(describe(units));
        }

        private void unitLines(int row, String unitName, Tier tier, List<ScoreLine> lines) {
            TreeKey key = new TreeKey(title.province(), tier, title.year(), title.index());
            Optional<MethodologyTree> tree = reference.methodology().tree(key);
            int headerRow = table.firstHeaderRow();
            Optional<DomainMatch> match = matchByTier.computeIfAbsent(tier, t -> tree.map(found -> DomainMatch.of(
                    domains, found, grid.line(headerRow), grid.where(headerRow), this::columnLabel)));
            if (!domains.isEmpty() && match.isEmpty()) {
                lines.add(problemLine(file, new ReadProblem("no_methodology", grid.line(row), grid.where(row),
                        "no methodology for " + key + " to match the domain columns of unit '" + unitName
                                + "'; add it to reference/methodology.csv")));
            }
            for (HeaderColumn column : domains) {
                MethodologyItem item = match.map(m -> m.itemByColumn().get(column.index())).orElse(null);
                if (item != null) {
                    lines.add(line(row, unitName, item.code(), ScoreCells.score(own(row, column)), column));
                }
            }
            HeaderColumn total = publishedTotal(tree);
            if (total != null && !ScoreCells.isNotApplicable(own(row, total))) {
                lines.add(line(row, unitName, "TOTAL", own(row, total), total));
            }
            HeaderColumn rank = single.get(ColumnRole.RANK);
            if (rank != null && !ScoreCells.isNotApplicable(own(row, rank))) {
                lines.add(line(row, unitName, "RANK", own(row, rank), rank));
            }
        }

        /**
         * The published index: "Chỉ số" when there is one; "Tổng điểm" is a sum of points, the index only when it is
         * the only total and the domains' maxima sum to 100.
         */
        private HeaderColumn publishedTotal(Optional<MethodologyTree> tree) {
            HeaderColumn index = single.get(ColumnRole.INDEX_TOTAL);
            if (index != null) {
                return index;
            }
            HeaderColumn points = single.get(ColumnRole.POINTS_TOTAL);
            boolean outOf100 = tree.map(t -> Math.abs(DomainMatch.totalMaximum(t) - 100) < 1e-9).orElse(false);
            return points != null && outOf100 ? points : null;
        }

        private ScoreLine line(int row, String unitName, String code, String score, HeaderColumn column) {
            Map<String, String> fields = new HashMap<>();
            fields.put("province", title.province());
            fields.put("year", String.valueOf(title.year()));
            fields.put("unit", unitName);
            fields.put("index", title.index().name());
            fields.put("code", code);
            fields.put("score", score);
            fields.put("self_score", "");
            fields.put("provenance", "published");
            fields.put("source", source());
            HeaderColumn unitColumn = single.get(ColumnRole.UNIT);
            String label = grid.cellLabel(row, column.index(), column.header());
            Map<String, String> labels = Map.of("province", title.provinceSource(), "year", title.yearSource(),
                    "index", "title", "unit", grid.cellLabel(row, unitColumn.index(), unitColumn.header()),
                    "code", label, "score", label);
            return new ScoreLine(file, grid.line(row), fields, null, labels);
        }

        /** A column in header problems: "C (Cải cách thể chế)" in a sheet, "column 3 (Cải cách thể chế)" else. */
        private String columnLabel(HeaderColumn column) {
            return grid.columnName(column.index()) + " (" + column.header() + ")";
        }

        private Optional<Tier> unitTier(String unitName) {
            Resolution<Unit> unit = reference.units().unit(title.province(), title.year(), unitName);
            return unit.ok() ? Optional.of(unit.value().tier()) : Optional.empty();
        }

        private boolean hasValues(int row) {
            return table.columns().stream()
                    .filter(column -> column.role() != ColumnRole.NUMBER && column.role() != ColumnRole.UNIT
                            && column.role() != ColumnRole.IGNORED)
                    .anyMatch(column -> !own(row, column).isEmpty());
        }

        private String text(ColumnRole role, int row) {
            HeaderColumn column = single.get(role);
            return column == null ? "" : grid.ownText(row, column.index());
        }

        private String own(int row, HeaderColumn column) {
            return grid.ownText(row, column.index());
        }

        private String describe(int units) {
            String columns = table.columns().stream().map(this::describe).collect(Collectors.joining("; "));
            String tiers = rowsByTier.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                    .collect(Collectors.joining(", "));
            int first = table.firstHeaderRow();
            int last = table.lastHeaderRow();
            return grid.name() + ": province " + orNone(title.province(), title.provinceSource())
                    + ", year " + orNone(title.year(), title.yearSource()) + ", index " + title.index()
                    + "; header at row " + grid.line(first) + (last > first ? "–" + grid.line(last) : "")
                    + ", body from row " + (table.firstBodyRow() < grid.rowCount()
                    ? grid.line(table.firstBodyRow()) : grid.line(last) + 1)
                    + "; " + units + " unit row(s)" + (tiers.isEmpty() ? "" : " (" + tiers + ")")
                    + "; columns: " + columns + "; source: " + source();
        }

        /** The source of every line: the file and the decision the annex belongs to ("QĐ 715/QĐ-UBND"). */
        private String source() {
            return title.decision() == null ? fileName : fileName + ", " + title.decision();
        }

        private String describe(HeaderColumn column) {
            String what = switch (column.role()) {
                case NUMBER -> "STT";
                case UNIT -> "unit";
                case INDEX_TOTAL -> "TOTAL";
                case POINTS_TOTAL -> single.containsKey(ColumnRole.INDEX_TOTAL) ? "sum of points (not used)"
                        : "sum of points (TOTAL when the maxima sum to 100)";
                case RANK -> "RANK";
                case IGNORED -> "ignored";
                case DOMAIN -> "domain " + matchByTier.values().stream().flatMap(Optional::stream)
                        .map(match -> match.itemByColumn().get(column.index())).filter(item -> item != null)
                        .map(MethodologyItem::code).distinct().findFirst().orElse("(unmatched)");
            };
            return grid.columnName(column.index()) + " '" + column.header() + "' = " + what;
        }

        private static String orNone(Object value, String source) {
            return value == null ? "not found" : value + " (from the " + source + ")";
        }
    }
}
