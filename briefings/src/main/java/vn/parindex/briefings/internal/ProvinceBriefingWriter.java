package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.ProvinceItem;
import vn.parindex.marts.records.TableKey;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.UnitYear;
import vn.parindex.marts.views.RankingTable;
import vn.parindex.marts.views.Shape;
import vn.parindex.marts.views.Shown;

/**
 * The briefing of one ranking table (province, tier, index, year): summary with a ranking chart, domain attainment,
 * points lost by domain in index points (stacked chart) and by item, the year-over-year sheet and the plan targets.
 * Every sheet marks the figures that are not published in a "Nguồn số liệu" column.
 */
public final class ProvinceBriefingWriter {
    /** The width of the item names\' column, in characters; longer names wrap. */
    private static final int ITEM_NAME_WIDTH = 45;
    static final int HEADER_ROW = 3;
    private static final int FIRST_ROW = HEADER_ROW + 1;
    private static final int UNIT_COLUMN = 1;

    private final BriefingData data;
    private final TableKey table;
    private final List<UnitResult> units;
    private final DomainColumns domains;
    private final String title;
    private final Styles styles;
    private final XSSFWorkbook workbook;

    private ProvinceBriefingWriter(BriefingData data, TableKey table) {
        this.data = data;
        this.table = table;
        this.units = data.ranking(table);
        if (units.stream().noneMatch(unit -> unit.rank() != null)) {
            throw new IllegalArgumentException("no ranked units in " + table);
        }
        this.domains = DomainColumns.of(data, units);
        this.title = Labels.provinceTitle(table.index(), table.year(), table.province());
        this.workbook = Workbooks.create(title, data.snapshot());
        this.styles = new Styles(workbook);
    }

    /** The workbook of one ranking table; the caller writes and closes it. */
    public static XSSFWorkbook build(BriefingData data, TableKey table) {
        ProvinceBriefingWriter writer = new ProvinceBriefingWriter(data, table);
        writer.summary();
        writer.domainMatrix();
        writer.lossMatrix();
        writer.lossByItem();
        writer.yearOverYear();
        new TargetSheet(data, writer.sheet(Labels.TARGET), writer.context()).write(writer.units);
        return writer.workbook;
    }

    private SafeCells sheet(String name) {
        return SafeCells.titledSheet(workbook, styles, name, title);
    }

    private String context() {
        return Labels.block(table.tier());
    }

    private void finish(SafeCells cells, SheetSources sources, String context, int lastColumn) {
        sources.finish(cells, context, data.snapshot().id(), lastColumn);
    }

    private int rankedCount() {
        return (int) units.stream().filter(unit -> unit.rank() != null).count();
    }

    private int lastRow() {
        return HEADER_ROW + units.size();
    }

    /** Writes rank and unit name in the first two columns of every unit row, under their headers. */
    private void rankAndUnit(SafeCells cells) {
        cells.header(HEADER_ROW, 0, Labels.RANK);
        cells.header(HEADER_ROW, UNIT_COLUMN, Labels.UNIT);
        for (int i = 0; i < units.size(); i++) {
            Ranks.rank(cells, FIRST_ROW + i, 0, units.get(i));
            cells.text(FIRST_ROW + i, UNIT_COLUMN, units.get(i).unitName());
        }
    }

    /** The ranking table as every front end shows it ({@link RankingTable}), and a bar chart of the values beside it. */
    private void summary() {
        SafeCells cells = sheet("Tổng hợp");
        SheetSources sources = new SheetSources();
        List<Shown> shown = RankingTable.COLUMNS;
        ShownCells.headers(cells, HEADER_ROW, shown);
        for (int i = 0; i < units.size(); i++) {
            for (int column = 0; column < shown.size(); column++) {
                ShownCells.write(cells, sources, FIRST_ROW + i, column, shown.get(column), units.get(i));
            }
        }
        int last = shown.size() - 1;
        finishTable(cells, last, 8, 45);
        finish(cells, sources, context(), last);
        int ranked = rankedCount();
        XSSFSheet sheet = cells.sheet();
        // Below the table, as wide as it: beside it, the two printed one page wide were shrunk to a third.
        int chartTop = FIRST_ROW + units.size() + 1;
        XSSFChart chart = Charts.bars(sheet, new Charts.Area(0, chartTop, last + 1, chartTop + Math.max(16, ranked + 4)),
                Labels.RANK + " — " + Labels.indexName(table.index()),
                Charts.textCategories(sheet, column(RankingTable.positionOf(Shape.UNIT), ranked)),
                List.of(series(sheet, RankingTable.positionOf(Shape.VALUE), ranked, Labels.VALUE)), false);
        Charts.saneAxis(chart, units.stream().filter(unit -> unit.rank() != null).map(UnitResult::officialValue)
                .toList(), IndexPoints.ceiling(units), true);
    }

    private void domainMatrix() {
        SafeCells cells = sheet("Mức đạt theo lĩnh vực");
        SheetSources sources = new SheetSources();
        rankAndUnit(cells);
        domains.write(cells, data, units, HEADER_ROW, 2, "", (unit, item) -> item.attainment());
        int provenance = 2 + domains.size();
        provenanceOfDomains(cells, sources, provenance, false);
        finishTable(cells, provenance, 9, 20);
        finish(cells, sources, context(), provenance);
        if (domains.size() > 0) {
            ColourScales.higherIsBetter(cells.sheet(), new CellRangeAddress(FIRST_ROW, lastRow(), 2, 1 + domains.size()));
        }
    }

    /** Each unit row's mark: the weakest provenance of its domain scores (and of its value, when it shows one). */
    private void provenanceOfDomains(SafeCells cells, SheetSources sources, int column, boolean withValue) {
        cells.header(HEADER_ROW, column, Labels.PROVENANCE);
        for (int i = 0; i < units.size(); i++) {
            UnitResult unit = units.get(i);
            List<String> kinds = new ArrayList<>(data.domains(unit.unitYear()).stream().map(ItemResult::provenance)
                    .toList());
            if (withValue || kinds.isEmpty()) {
                kinds.add(unit.provenance());
            }
            Provenance weakest = Provenance.weakest(kinds);
            boolean unitsOwn = weakest == Provenance.orPublished(unit.provenance());
            sources.cell(cells, FIRST_ROW + i, column, weakest,
                    unitsOwn ? unit.source() : null);
        }
    }

    /**
     * Domain losses in index points (item points × 100 / max_total; PAPI in its own points), then the part of the
     * headline they do not explain where the published value does not reconcile, then the headline's points lost:
     * each row adds up. The stacked chart draws its own figures beside the table ({@link LossBar}): each bar is as
     * long as the unit's headline points lost, a negative difference included.
     */
    private void lossMatrix() {
        SafeCells cells = sheet("Điểm chưa đạt theo lĩnh vực");
        SheetSources sources = new SheetSources();
        rankAndUnit(cells);
        domains.write(cells, data, units, HEADER_ROW, 2, "", IndexPoints::lost);
        List<Double> differences = units.stream()
                .map(unit -> IndexPoints.unreconciled(unit, data.domains(unit.unitYear()))).toList();
        boolean anyDifference = differences.stream().anyMatch(Objects::nonNull);
        int column = 2 + domains.size();
        if (anyDifference) {
            cells.header(HEADER_ROW, column, Labels.UNRECONCILED);
            for (int i = 0; i < units.size(); i++) {
                cells.change(FIRST_ROW + i, column, differences.get(i));
            }
            column++;
        }
        int total = column;
        cells.header(HEADER_ROW, total, Labels.TOTAL_LOST);
        for (int i = 0; i < units.size(); i++) {
            cells.number(FIRST_ROW + i, total, units.get(i).pointsLost());
        }
        provenanceOfDomains(cells, sources, total + 1, true);
        List<LossBar> bars = domains.size() == 0 ? List.of() : units.stream().map(this::lossBar).toList();
        boolean scaled = bars.stream().anyMatch(LossBar::scaled);
        List<Charts.Series> parts = domains.size() == 0 ? List.of() : chartBlock(cells, bars, total + 3, scaled);
        if (scaled) {
            sources.shown(Provenance.DERIVED, null);
        }
        finishTable(cells, total + 1, 9, 20);
        cells.fitHeaderHeight(HEADER_ROW, total + 3 + parts.size());
        finish(cells, sources, context() + " · Điểm chưa đạt quy ra " + IndexPoints.unitWord(table.index())
                + (IndexPoints.ownScale(table.index()) ? "" : " (điểm mục × 100 / tổng điểm tối đa)"), total + 1);
        if (domains.size() == 0) {
            return;
        }
        XSSFSheet sheet = cells.sheet();
        ColourScales.lowerIsBetter(sheet, new CellRangeAddress(FIRST_ROW, lastRow(), 2, 1 + domains.size()));
        int chartTop = lastRow() + 3;
        Charts.bars(sheet, new Charts.Area(0, chartTop, Math.max(8, 2 + domains.size()),
                        chartTop + Math.max(20, units.size() + 8)),
                Labels.POINTS_LOST + " theo lĩnh vực (" + IndexPoints.unitWord(table.index()) + ")"
                        + (scaled ? Provenance.DERIVED.tag() : ""),
                Charts.textCategories(sheet, column(UNIT_COLUMN, units.size())), parts, true);
    }

    /** The unit's bar: its domains' losses in index points (in column order) against its headline's points lost. */
    private LossBar lossBar(UnitResult unit) {
        Map<String, ItemResult> byCode = new HashMap<>();
        data.domains(unit.unitYear()).forEach(domain -> byCode.put(domain.code(), domain));
        List<Double> lost = new ArrayList<>();
        boolean countable = true;
        for (String code : domains.codes()) {
            ItemResult domain = byCode.get(code);
            Double points = domain == null ? null : IndexPoints.lost(unit, domain);
            countable &= domain == null || points != null;
            lost.add(points);
        }
        return LossBar.of(unit.pointsLost(), lost, countable);
    }

    /**
     * The chart's own figures beside the table, from {@code first} on: one column per domain, then the difference and
     * the unsplit losses where some unit has them; each row adds up to the unit's points lost. Returns the series.
     */
    private List<Charts.Series> chartBlock(SafeCells cells, List<LossBar> bars, int first, boolean scaled) {
        XSSFSheet sheet = cells.sheet();
        List<String> headers = new ArrayList<>();
        for (int part = 0; part < domains.size(); part++) {
            headers.add(sheet.getRow(HEADER_ROW).getCell(2 + part).getStringCellValue());
        }
        boolean difference = bars.stream().anyMatch(bar -> bar.difference() >= 0.005);
        boolean unsplit = bars.stream().anyMatch(bar -> bar.unsplit() >= 0.005);
        if (difference) {
            headers.add(Labels.UNRECONCILED);
        }
        if (unsplit) {
            headers.add(Labels.UNSPLIT);
        }
        cells.headers(HEADER_ROW, first, headers.toArray(String[]::new));
        for (int i = 0; i < units.size(); i++) {
            LossBar bar = bars.get(i);
            int column = first;
            for (double part : bar.domains()) {
                cells.number(FIRST_ROW + i, column++, part);
            }
            if (difference) {
                cells.number(FIRST_ROW + i, column++, bar.difference());
            }
            if (unsplit) {
                cells.number(FIRST_ROW + i, column, bar.unsplit());
            }
        }
        cells.text(lastRow() + 1, first, Labels.CHART_FIGURES + (scaled ? " " + Labels.CHART_SCALED : ""));
        List<Charts.Series> series = new ArrayList<>();
        for (int part = 0; part < headers.size(); part++) {
            series.add(series(sheet, first + part, units.size(), headers.get(part)));
        }
        return series;
    }

    private void lossByItem() {
        SafeCells cells = sheet("Điểm chưa đạt theo mục");
        SheetSources sources = new SheetSources();
        String[] headers = {Labels.CODE, Labels.ITEM, Labels.LEVEL, Labels.UNITS, Labels.MEAN_ATTAINMENT,
                Labels.MIN_ATTAINMENT, Labels.MAX_ATTAINMENT, Labels.TOTAL_POINTS_LOST + " (điểm mục)",
                Labels.POINTS_LOST + " bình quân (" + IndexPoints.unitWord(table.index()) + ")", Labels.PROVENANCE};
        cells.headers(HEADER_ROW, 0, headers);
        Map<String, List<ItemResult>> itemsByCode = new HashMap<>();
        Map<String, Double> indexPointsByCode = new HashMap<>();
        for (UnitResult unit : units) {
            for (ItemResult item : data.items(unit.unitYear())) {
                itemsByCode.computeIfAbsent(item.code(), code -> new ArrayList<>()).add(item);
                Double lost = IndexPoints.lost(unit, item);
                if (lost != null) {
                    indexPointsByCode.merge(item.code(), lost, Double::sum);
                }
            }
        }
        List<ProvinceItem> rows = data.provinceItems(table);
        for (int i = 0; i < rows.size(); i++) {
            ProvinceItem row = rows.get(i);
            List<ItemResult> items = itemsByCode.getOrDefault(row.code(), List.of());
            ItemResult item = items.isEmpty() ? null : items.get(0);
            int line = FIRST_ROW + i;
            cells.text(line, 0, row.code());
            cells.wrapped(line, 1, item == null ? null : item.name());
            cells.integer(line, 2, item == null ? null : item.level());
            cells.integer(line, 3, row.units());
            cells.number(line, 4, row.meanAttainment());
            cells.number(line, 5, row.minAttainment());
            cells.number(line, 6, row.maxAttainment());
            cells.number(line, 7, row.totalPointsLost());
            Double indexPoints = indexPointsByCode.get(row.code());
            cells.number(line, 8, indexPoints == null || items.isEmpty() ? null : indexPoints / items.size());
            // an aggregate is as weak as its weakest input, and the header names every kind that went into it
            items.forEach(one -> sources.shown(one.provenance(), null));
            Provenance weakest = Provenance.weakest(items.stream().map(ItemResult::provenance).toList());
            sources.cell(cells, line, 9, weakest, null);
        }
        cells.fitColumns(8, 60);
        // item names wrap in a column of fixed width, so a long name does not shrink the printed page
        cells.sheet().setColumnWidth(1, ITEM_NAME_WIDTH * 256);
        for (int r = FIRST_ROW; r < FIRST_ROW + rows.size(); r++) {
            cells.fitRowHeight(r, headers.length - 1);
        }
        cells.fitHeaderHeight(HEADER_ROW, headers.length);
        finish(cells, sources, context(), headers.length - 1);
        PageSetup.table(cells.sheet(), HEADER_ROW, HEADER_ROW + rows.size(), headers.length - 1, true);
        if (!rows.isEmpty()) {
            ColourScales.lowerIsBetter(cells.sheet(),
                    new CellRangeAddress(FIRST_ROW, HEADER_ROW + rows.size(), 8, 8));
        }
    }

    private void yearOverYear() {
        SafeCells cells = sheet("So với năm trước");
        SheetSources sources = new SheetSources();
        rankAndUnit(cells);
        String[] headers = {Labels.VALUE, Labels.PREVIOUS_VALUE, Labels.CHANGE, Labels.PREVIOUS_RANK, Labels.RANK_CHANGE};
        cells.headers(HEADER_ROW, 2, headers);
        for (int i = 0; i < units.size(); i++) {
            UnitResult unit = units.get(i);
            int row = FIRST_ROW + i;
            cells.number(row, 2, unit.officialValue(), IndexPoints.valueFormat(unit));
            cells.number(row, 3, unit.prevValue());
            cells.change(row, 4, unit.delta());
            Ranks.previous(cells, row, 5, unit);
            Ranks.movement(cells, row, 6, unit);
        }
        int firstDomain = 2 + headers.length;
        domains.write(cells, data, units, HEADER_ROW, firstDomain, Labels.DELTA_ATTAINMENT + ": ",
                (unit, item) -> item.deltaAttainment());
        int provenance = firstDomain + domains.size();
        cells.header(HEADER_ROW, provenance, Labels.PROVENANCE);
        for (int i = 0; i < units.size(); i++) {
            UnitResult unit = units.get(i);
            List<String> kinds = new ArrayList<>(data.domains(unit.unitYear()).stream()
                    .map(ItemResult::provenance).toList());
            kinds.add(unit.provenance());
            data.unitYear(new UnitYear(unit.unitId(), unit.index(), unit.year() - 1))
                    .ifPresent(previous -> kinds.add(previous.provenance()));
            Provenance weakest = Provenance.weakest(kinds);
            sources.cell(cells, FIRST_ROW + i, provenance, weakest,
                    weakest == Provenance.orPublished(unit.provenance()) ? unit.source() : null);
        }
        finishTable(cells, provenance, 9, 24);
        finish(cells, sources, context(), provenance);
        ColourScales.higherIsBetter(cells.sheet(), new CellRangeAddress(FIRST_ROW, lastRow(), 4, 4));
        if (domains.size() > 0) {
            ColourScales.higherIsBetter(cells.sheet(),
                    new CellRangeAddress(FIRST_ROW, lastRow(), firstDomain, firstDomain - 1 + domains.size()));
        }
    }

    /** Fits the columns (the unit names may be wider), then freezes, filters and sets up printing. */
    private void finishTable(SafeCells cells, int lastColumn, int minChars, int maxChars) {
        cells.fitColumns(minChars, maxChars);
        cells.sheet().setColumnWidth(UNIT_COLUMN, Math.min(45, Math.max(20, widest(units) + 2)) * 256);
        cells.fitHeaderHeight(HEADER_ROW, lastColumn + 1);
        PageSetup.table(cells.sheet(), HEADER_ROW, lastRow(), lastColumn, true);
    }

    private static int widest(List<UnitResult> units) {
        return units.stream().mapToInt(unit -> unit.unitName() == null ? 0 : unit.unitName().length()).max().orElse(0);
    }

    private static CellRangeAddress column(int column, int rows) {
        return new CellRangeAddress(FIRST_ROW, FIRST_ROW + rows - 1, column, column);
    }

    private static Charts.Series series(XSSFSheet sheet, int column, int rows, String name) {
        return new Charts.Series(column(column, rows),
                new CellReference(sheet.getSheetName(), HEADER_ROW, column, true, true), name);
    }
}
