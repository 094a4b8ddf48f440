package vn.parindex.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
 * Turns a published ranking workbook (contract 1.5) into the long-form lines a CSV would give: one line per unit and
 * domain, TOTAL from the published index and RANK from the rank column, so validation, quarantine and computation
 * treat both forms alike. Lines are numbered by Excel row; columns are reported by letter and header.
 */
public final class PublishedWorkbookReader {
    /** A ranking table has tens of rows; anything near this is not a published annex and is refused. */
    public static final int MAX_ROWS = 50_000;
    /** Sheets looked at in one workbook; the rest are ignored. */
    public static final int MAX_SHEETS = 20;

    private final ReferenceData reference;

    public PublishedWorkbookReader(ReferenceData reference) {
        this.reference = reference;
    }

    /** Never throws for bad input: every problem comes back as a line carrying it. */
    public WorkbookReading read(Path file, String displayName) {
        try (Workbook workbook = WorkbookOpener.open(file)) {
            return readTables(workbook, file, displayName);
        } catch (WorkbookProblem problem) {
            return failed(displayName, List.of(problem));
        } catch (IOException | RuntimeException e) {
            // POI meets damage while reading cells too; the file is then unreadable, never the run.
            return failed(displayName, List.of(new WorkbookProblem("unreadable_workbook", "the workbook cannot be"
                    + " read (" + e.getClass().getSimpleName() + "); open and save it again in Excel")));
        }
    }

    private WorkbookReading readTables(Workbook workbook, Path file, String displayName) throws WorkbookProblem {
        List<ScoreLine> lines = new ArrayList<>();
        List<String> description = new ArrayList<>();
        for (int i = 0; i < Math.min(workbook.getNumberOfSheets(), MAX_SHEETS); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new WorkbookProblem("sheet_too_large", "sheet '" + sheet.getSheetName() + "' has "
                        + (sheet.getLastRowNum() + 1) + " rows, above the limit of " + MAX_ROWS
                        + " for a published ranking table");
            }
            CellValues cells = new CellValues(sheet);
            Optional<TableLocator.Table> table = TableLocator.locate(sheet, cells);
            if (table.isPresent()) {
                new SheetReading(displayName, file.getFileName().toString(), sheet, cells, table.get())
                        .read(lines, description);
            }
        }
        if (!description.isEmpty() && lines.isEmpty()) { // like a CSV with a header only: said, not quarantined
            lines.add(new ScoreLine(displayName, 0, Map.of(), Issue.noRows(displayName, "no_unit_rows",
                    "the ranking table has a header but no unit rows with scores: the workbook contributed nothing")));
        }
        if (description.isEmpty()) {
            throw new WorkbookProblem("no_table_found", "no sheet has a ranking table: no header row with the unit"
                    + " name column (\"Tên cơ quan, đơn vị\") and STT, a total or a rank within the first "
                    + TableLocator.MAX_TITLE_ROWS + " rows");
        }
        return new WorkbookReading(displayName, lines, description);
    }

    private static WorkbookReading failed(String displayName, List<WorkbookProblem> problems) {
        List<ScoreLine> lines = problems.stream().map(problem -> problemLine(displayName, problem, "")).toList();
        return new WorkbookReading(displayName, lines, List.of("not read: " + problems.get(0).getMessage()));
    }

    private static ScoreLine problemLine(String file, WorkbookProblem problem, String column) {
        return new ScoreLine(file, problem.line(), Map.of(),
                Issue.error(file, problem.line(), column, problem.rule(), problem.getMessage()));
    }

    /** One sheet's table, row by row; group rows switch the tier. */
    private final class SheetReading {
        private final String file;
        private final String fileName;
        private final Sheet sheet;
        private final CellValues cells;
        private final TableLocator.Table table;
        private final Map<Tier, Optional<DomainMatch>> matchByTier = new EnumMap<>(Tier.class);
        private final Map<ColumnRole, HeaderColumn> single = new EnumMap<>(ColumnRole.class);
        private final List<HeaderColumn> domains;
        private final Map<Tier, Integer> rowsByTier = new LinkedHashMap<>();
        private WorkbookTitle title;

        SheetReading(String file, String fileName, Sheet sheet, CellValues cells, TableLocator.Table table) {
            this.file = file;
            this.fileName = fileName;
            this.sheet = sheet;
            this.cells = cells;
            this.table = table;
            table.columns().forEach(column -> single.putIfAbsent(column.role(), column));
            this.domains = table.columns().stream().filter(column -> column.role() == ColumnRole.DOMAIN).toList();
        }

        void read(List<ScoreLine> lines, List<String> description) {
            title = WorkbookTitle.of(table.titleLines(), fileName, provinces());
            int headerLine = table.firstHeaderRow() + 1;
            if (title.missing().isPresent()) {
                lines.add(problemLine(file, new WorkbookProblem("no_province_or_year", headerLine, "neither the"
                        + " title nor the file name says the " + title.missing().get() + " of the table in sheet '"
                        + sheet.getSheetName() + "'; write it in the title (\"… NĂM 2024 … TỈNH …\") or the file"
                        + " name"), ""));
                description.add(describe(0));
                return;
            }
            Tier groupTier = null;
            int units = 0;
            for (int rowIndex = table.firstBodyRow(); rowIndex <= sheet.getLastRowNum(); rowIndex++) {
                String number = text(ColumnRole.NUMBER, rowIndex);
                String unitName = text(ColumnRole.UNIT, rowIndex);
                boolean hasValues = hasValues(rowIndex);
                if (!hasValues) {
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
                unitLines(rowIndex, unitName, tier, lines);
            }
            matchByTier.values().stream().flatMap(Optional::stream).flatMap(match -> match.problems().stream())
                    .forEach(problem -> lines.add(problemLine(file, problem, "")));
            description.add(describe(units));
        }

        private void unitLines(int rowIndex, String unitName, Tier tier, List<ScoreLine> lines) {
            int excelRow = rowIndex + 1;
            Optional<MethodologyTree> tree = reference.methodology()
                    .tree(new TreeKey(title.province(), tier, title.year(), title.index()));
            Optional<DomainMatch> match = matchByTier.computeIfAbsent(tier,
                    t -> tree.map(found -> DomainMatch.of(domains, found, table.firstHeaderRow() + 1)));
            if (!domains.isEmpty() && match.isEmpty()) {
                lines.add(problemLine(file, new WorkbookProblem("no_methodology", excelRow, "no methodology for "
                        + new TreeKey(title.province(), tier, title.year(), title.index()) + " to match the domain"
                        + " columns of unit '" + unitName + "'; add it to reference/methodology.csv"), ""));
            }
            for (HeaderColumn column : domains) {
                MethodologyItem item = match.map(m -> m.itemByColumn().get(column.index())).orElse(null);
                if (item != null) {
                    lines.add(line(excelRow, unitName, item.code(), CellValues.score(own(rowIndex, column)), column));
                }
            }
            HeaderColumn total = publishedTotal(tree);
            if (total != null && !CellValues.isNotApplicable(own(rowIndex, total))) {
                lines.add(line(excelRow, unitName, "TOTAL", own(rowIndex, total), total));
            }
            HeaderColumn rank = single.get(ColumnRole.RANK);
            if (rank != null && !CellValues.isNotApplicable(own(rowIndex, rank))) {
                lines.add(line(excelRow, unitName, "RANK", own(rowIndex, rank), rank));
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

        private ScoreLine line(int excelRow, String unitName, String code, String score, HeaderColumn column) {
            Map<String, String> fields = new HashMap<>();
            fields.put("province", title.province());
            fields.put("year", String.valueOf(title.year()));
            fields.put("unit", unitName);
            fields.put("index", title.index().name());
            fields.put("code", code);
            fields.put("score", score);
            fields.put("self_score", "");
            HeaderColumn unitColumn = single.get(ColumnRole.UNIT);
            Map<String, String> labels = Map.of("province", title.provinceSource(), "year", title.yearSource(),
                    "index", "title", "unit", unitColumn.label(), "code", column.label(), "score", column.label());
            return new ScoreLine(file, excelRow, fields, null, labels);
        }

        private Optional<Tier> unitTier(String unitName) {
            Resolution<Unit> unit = reference.units().unit(title.province(), title.year(), unitName);
            return unit.ok() ? Optional.of(unit.value().tier()) : Optional.empty();
        }

        private boolean hasValues(int rowIndex) {
            return table.columns().stream()
                    .filter(column -> column.role() != ColumnRole.NUMBER && column.role() != ColumnRole.UNIT
                            && column.role() != ColumnRole.IGNORED)
                    .anyMatch(column -> !own(rowIndex, column).isEmpty());
        }

        private String text(ColumnRole role, int rowIndex) {
            HeaderColumn column = single.get(role);
            return column == null ? "" : cells.ownText(rowIndex, column.index());
        }

        private String own(int rowIndex, HeaderColumn column) {
            return cells.ownText(rowIndex, column.index());
        }

        private List<String> provinces() {
            return reference.units().all().stream().map(Unit::province).distinct().toList();
        }

        private String describe(int units) {
            String columns = table.columns().stream().map(this::describe).collect(Collectors.joining("; "));
            String tiers = rowsByTier.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                    .collect(Collectors.joining(", "));
            return "sheet '" + sheet.getSheetName() + "': province " + orNone(title.province(), title.provinceSource())
                    + ", year " + orNone(title.year(), title.yearSource()) + ", index " + title.index()
                    + "; header at row " + (table.firstHeaderRow() + 1)
                    + (table.lastHeaderRow() > table.firstHeaderRow() ? "–" + (table.lastHeaderRow() + 1) : "")
                    + ", body from row " + (table.firstBodyRow() + 1) + "; " + units + " unit row(s)"
                    + (tiers.isEmpty() ? "" : " (" + tiers + ")") + "; columns: " + columns;
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
            return column.letter() + " '" + column.header() + "' = " + what;
        }

        private static String orNone(Object value, String source) {
            return value == null ? "not found" : value + " (from the " + source + ")";
        }
    }
}
