package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.ComparisonRequest;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.UnitResult;

/**
 * The dashboard's comparison, built on demand: chosen units × years (value, then rank X/N; a year per row so each
 * line is one column and one line of the chart) and their domain attainment, domains matched by name. Every unit is
 * named with its province; a merged unit and its predecessors are one line.
 */
public final class ComparisonWriter {
    static final int HEADER_ROW = 3;

    private final BriefingData data;
    private final ComparisonRequest request;
    private final List<ComparisonLines.Line> lines;
    private final String title;
    private final XSSFWorkbook workbook;
    private final Styles styles;

    private ComparisonWriter(BriefingData data, ComparisonRequest request) {
        this.data = data;
        this.request = request;
        this.lines = ComparisonLines.of(data, request);
        List<Integer> years = request.years();
        this.title = "So sánh " + Labels.indexName(request.index())
                + (years.isEmpty() ? "" : " năm " + years.get(0) + "–" + years.get(years.size() - 1));
        this.workbook = Workbooks.create(title, data.snapshot());
        this.styles = new Styles(workbook);
    }

    /** The comparison workbook; the caller writes and closes it. */
    public static XSSFWorkbook build(BriefingData data, ComparisonRequest request) {
        ComparisonWriter writer = new ComparisonWriter(data, request);
        writer.valuesAndRanks();
        writer.domains();
        return writer.workbook;
    }

    private SafeCells sheet(String name) {
        return SafeCells.titledSheet(workbook, styles, name, title);
    }

    /** The "Nguồn số liệu" column's width in characters; longer sources wrap. */
    private static final int PROVENANCE_WIDTH = 45;

    /**
     * Years down, one value column and one rank column per line, then the row's "Nguồn số liệu" naming the lines
     * whose figure that year is not published (the cells carry the mark in their number format as well).
     */
    private void valuesAndRanks() {
        SafeCells cells = sheet("So sánh chỉ số");
        SheetSources sources = new SheetSources();
        int count = lines.size();
        int provenanceColumn = 1 + 2 * count;
        cells.header(HEADER_ROW, 0, Labels.YEAR);
        for (int line = 0; line < count; line++) {
            cells.header(HEADER_ROW, 1 + line, lines.get(line).name());
            cells.header(HEADER_ROW, 1 + count + line, Labels.RANK + " — " + lines.get(line).name());
        }
        cells.header(HEADER_ROW, provenanceColumn, Labels.PROVENANCE);
        List<Integer> years = request.years();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int row = HEADER_ROW + 1 + i;
            cells.integer(row, 0, years.get(i));
            List<String> marked = new ArrayList<>();
            for (int line = 0; line < count; line++) {
                ComparisonLines.Point point = lines.get(line).at(years.get(i));
                if (point == null) {
                    continue;
                }
                sources.shown(point.provenance(), point.source());
                UnitResult single = point.single();
                String format = single == null ? Styles.TWO_DECIMALS : IndexPoints.valueFormat(single);
                cells.number(row, 1 + line, point.value(), SheetSources.marked(format, point.provenance()));
                values.add(point.value());
                if (single != null) {
                    Ranks.rank(cells, row, 1 + count + line, single);
                }
                if (point.provenance() != Provenance.PUBLISHED) {
                    marked.add(lines.get(line).name() + ": " + point.provenance().label()
                            + (point.source() == null ? "" : " — " + point.source()));
                }
            }
            if (!marked.isEmpty()) {
                cells.flaggedWrapped(row, provenanceColumn, String.join("; ", marked));
            }
        }
        int lastRow = HEADER_ROW + years.size();
        cells.fitColumns(8, 30);
        // the sources wrap in a column of their own width: one long source no longer widens the printed page
        cells.sheet().setColumnWidth(provenanceColumn, PROVENANCE_WIDTH * 256);
        for (int row = HEADER_ROW + 1; row <= lastRow; row++) {
            cells.fitRowHeight(row, provenanceColumn);
        }
        cells.fitHeaderHeight(HEADER_ROW, provenanceColumn + 1);
        sources.finish(cells, null, data.snapshot().id(), provenanceColumn);
        XSSFSheet sheet = cells.sheet();
        int noteRow = mergerNotes(cells, lastRow + 2);
        PageSetup.table(sheet, HEADER_ROW, lastRow, provenanceColumn, true);
        if (years.isEmpty() || count == 0) {
            return;
        }
        Set<Integer> coloured = coloured();
        List<Charts.Series> series = new ArrayList<>();
        for (int line = 0; line < count; line++) {
            series.add(new Charts.Series(new CellRangeAddress(HEADER_ROW + 1, lastRow, 1 + line, 1 + line),
                    new CellReference(sheet.getSheetName(), HEADER_ROW, 1 + line, true, true),
                    lines.get(line).name(), !coloured.contains(line)));
        }
        // muted lines first, so the highlighted ones are drawn over them
        series.sort(Comparator.comparing(Charts.Series::muted).reversed());
        XSSFChart chart = Charts.lines(sheet, new Charts.Area(0, noteRow + 1, Math.max(8, 1 + count), noteRow + 23),
                Labels.indexName(request.index()) + " qua các năm",
                Charts.numberCategories(sheet, new CellRangeAddress(HEADER_ROW + 1, lastRow, 0, 0)), series);
        List<UnitResult> shown = lines.stream().flatMap(line -> line.points().values().stream())
                .flatMap(point -> point.from().stream()).toList();
        Charts.saneAxis(chart, values, IndexPoints.ceiling(shown), false);
    }

    /** Under the table, one line per merged unit saying what its line joins. Returns the next free row. */
    private int mergerNotes(SafeCells cells, int row) {
        for (ComparisonLines.Line line : lines) {
            if (line.mergerNote() != null) {
                cells.title(row++, line.mergerNote(), false);
            }
        }
        return row;
    }

    /**
     * The lines drawn in colour: all of them up to {@link Charts#MAX_COLOURED}; beyond, the ones the planner chose
     * (highlighted), or with no choice the highest values of the last year, the rest grey.
     */
    private Set<Integer> coloured() {
        if (lines.size() <= Charts.MAX_COLOURED) {
            return new HashSet<>(IntStream.range(0, lines.size()).boxed().toList());
        }
        Set<Integer> chosen = new HashSet<>();
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).unitIds().stream().anyMatch(request.highlighted()::contains)) {
                chosen.add(line);
            }
        }
        if (!chosen.isEmpty()) {
            return chosen;
        }
        int last = request.years().get(request.years().size() - 1);
        return new HashSet<>(IntStream.range(0, lines.size()).boxed()
                .sorted(Comparator.comparing((Integer line) -> valueAt(line, last),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(Charts.MAX_COLOURED).toList());
    }

    private Double valueAt(int line, int year) {
        ComparisonLines.Point point = lines.get(line).at(year);
        return point == null ? null : point.value();
    }

    /**
     * Domain attainment (%) of every unit-year behind the lines, one row each, domains matched by name across
     * provinces and years (codes differ between trees); a predecessor's rows name it.
     */
    private void domains() {
        SafeCells cells = sheet("Mức đạt theo lĩnh vực");
        SheetSources sources = new SheetSources();
        List<UnitResult> rows = new ArrayList<>();
        List<String> lineNames = new ArrayList<>();
        for (ComparisonLines.Line line : lines) {
            for (int year : request.years()) {
                ComparisonLines.Point point = line.at(year);
                if (point != null) {
                    point.from().forEach(unit -> {
                        rows.add(unit);
                        lineNames.add(line.name());
                    });
                }
            }
        }
        Map<String, String> domainNames = new LinkedHashMap<>();
        rows.forEach(unit -> data.domains(unit.unitYear())
                .forEach(domain -> domainNames.putIfAbsent(DomainNames.key(domain.name()), domain.name())));
        List<String> keys = new ArrayList<>(domainNames.keySet());
        String[] fixed = {Labels.UNIT, Labels.PROVINCE, Labels.YEAR, "Đơn vị được chấm"};
        cells.headers(HEADER_ROW, 0, fixed);
        for (int i = 0; i < keys.size(); i++) {
            cells.header(HEADER_ROW, fixed.length + i, domainNames.get(keys.get(i)) + " — " + Labels.ATTAINMENT);
        }
        int provenanceColumn = fixed.length + keys.size();
        cells.header(HEADER_ROW, provenanceColumn, Labels.PROVENANCE);
        int row = HEADER_ROW;
        for (int i = 0; i < rows.size(); i++) {
            UnitResult unit = rows.get(i);
            row++;
            cells.text(row, 0, lineNames.get(i));
            cells.text(row, 1, unit.province());
            cells.integer(row, 2, unit.year());
            cells.text(row, 3, UnitLabels.withProvince(unit));
            Map<String, ItemResult> byName = new LinkedHashMap<>();
            data.domains(unit.unitYear()).forEach(domain -> byName.putIfAbsent(DomainNames.key(domain.name()), domain));
            for (int d = 0; d < keys.size(); d++) {
                ItemResult domain = byName.get(keys.get(d));
                cells.number(row, fixed.length + d, domain == null ? null : domain.attainment());
            }
            List<String> kinds = new ArrayList<>(byName.values().stream().map(ItemResult::provenance).toList());
            if (kinds.isEmpty()) {
                kinds.add(unit.provenance());
            }
            sources.cell(cells, row, provenanceColumn, Provenance.weakest(kinds), null);
        }
        cells.fitColumns(8, 30);
        cells.fitHeaderHeight(HEADER_ROW, provenanceColumn + 1);
        sources.finish(cells, "Lĩnh vực ghép theo tên giữa các tỉnh và các năm", data.snapshot().id(),
                provenanceColumn);
        PageSetup.table(cells.sheet(), HEADER_ROW, row, provenanceColumn, true);
        if (row > HEADER_ROW && !keys.isEmpty()) {
            ColourScales.higherIsBetter(cells.sheet(),
                    new CellRangeAddress(HEADER_ROW + 1, row, fixed.length, provenanceColumn - 1));
        }
    }
}
