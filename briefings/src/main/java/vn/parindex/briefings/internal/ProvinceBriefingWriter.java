package vn.parindex.briefings.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.ItemResult;
import vn.parindex.briefings.ProvinceItem;
import vn.parindex.briefings.TableKey;
import vn.parindex.briefings.TargetResult;
import vn.parindex.briefings.UnitResult;

/**
 * The briefing of one ranking table (province, tier, index, year): summary with a ranking chart, domain attainment,
 * points lost by domain (stacked chart) and by item, the year-over-year sheet and the plan targets.
 */
public final class ProvinceBriefingWriter {
    static final int HEADER_ROW = 3;
    private static final int FIRST_ROW = HEADER_ROW + 1;
    private static final int UNIT_COLUMN = 1;

    private final BriefingData data;
    private final TableKey table;
    private final List<UnitResult> units;
    private final DomainColumns domains;
    private final String title;
    private final String source;
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
        this.source = Labels.source(table.tier(), data.snapshot().id());
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
        writer.targets();
        return writer.workbook;
    }

    private SafeCells sheet(String name) {
        return SafeCells.titledSheet(workbook, styles, name, title, source);
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
            cells.rank(FIRST_ROW + i, 0, units.get(i).rank(), units.get(i).rankOf());
            cells.text(FIRST_ROW + i, UNIT_COLUMN, units.get(i).unitName());
        }
    }

    private void summary() {
        SafeCells cells = sheet("Tổng hợp");
        rankAndUnit(cells);
        String[] headers = {Labels.VALUE, Labels.POINTS_LOST, Labels.CHANGE, Labels.PREVIOUS_RANK,
                Labels.RANK_CHANGE, Labels.RECONCILED};
        cells.headers(HEADER_ROW, 2, headers);
        for (int i = 0; i < units.size(); i++) {
            UnitResult unit = units.get(i);
            int row = FIRST_ROW + i;
            cells.number(row, 2, unit.officialValue());
            cells.number(row, 3, unit.pointsLost());
            cells.change(row, 4, unit.delta());
            cells.integer(row, 5, unit.prevRank());
            cells.rankChange(row, 6, unit.rankChange());
            cells.text(row, 7, Labels.reconciled(unit.reconciled()));
        }
        finishTable(cells, 7, 8, 45);
        int ranked = rankedCount();
        XSSFSheet sheet = cells.sheet();
        Charts.bars(sheet, new Charts.Area(9, HEADER_ROW, 18, HEADER_ROW + Math.max(16, ranked + 4)),
                Labels.RANK + " — " + Labels.indexName(table.index()),
                Charts.textCategories(sheet, column(UNIT_COLUMN, ranked)),
                List.of(series(sheet, 2, ranked, Labels.VALUE)), false);
    }

    private void domainMatrix() {
        SafeCells cells = sheet("Mức đạt theo lĩnh vực");
        rankAndUnit(cells);
        domains.write(cells, data, units, HEADER_ROW, 2, "", ItemResult::attainment);
        finishMatrix(cells);
        if (domains.size() > 0) {
            ColourScales.higherIsBetter(cells.sheet(), new CellRangeAddress(FIRST_ROW, lastRow(), 2, 1 + domains.size()));
        }
    }

    private void lossMatrix() {
        SafeCells cells = sheet("Điểm chưa đạt theo lĩnh vực");
        rankAndUnit(cells);
        domains.write(cells, data, units, HEADER_ROW, 2, "", ItemResult::pointsLost);
        finishMatrix(cells);
        if (domains.size() == 0) {
            return;
        }
        XSSFSheet sheet = cells.sheet();
        ColourScales.lowerIsBetter(sheet, new CellRangeAddress(FIRST_ROW, lastRow(), 2, 1 + domains.size()));
        List<Charts.Series> parts = new ArrayList<>();
        for (int column = 2; column < 2 + domains.size(); column++) {
            parts.add(series(sheet, column, units.size(),
                    sheet.getRow(HEADER_ROW).getCell(column).getStringCellValue()));
        }
        int chartTop = lastRow() + 2;
        Charts.bars(sheet, new Charts.Area(0, chartTop, Math.max(8, 2 + domains.size()),
                        chartTop + Math.max(20, units.size() + 8)),
                Labels.POINTS_LOST + " theo lĩnh vực", Charts.textCategories(sheet, column(UNIT_COLUMN, units.size())),
                parts, true);
    }

    private void lossByItem() {
        SafeCells cells = sheet("Điểm chưa đạt theo mục");
        String[] headers = {Labels.CODE, Labels.ITEM, Labels.LEVEL, Labels.UNITS, Labels.MEAN_ATTAINMENT,
                Labels.MIN_ATTAINMENT, Labels.MAX_ATTAINMENT, Labels.TOTAL_POINTS_LOST};
        cells.headers(HEADER_ROW, 0, headers);
        Map<String, ItemResult> itemsByCode = new HashMap<>();
        units.forEach(unit -> data.items(unit.unitYear()).forEach(item -> itemsByCode.putIfAbsent(item.code(), item)));
        List<ProvinceItem> rows = data.provinceItems(table);
        for (int i = 0; i < rows.size(); i++) {
            ProvinceItem row = rows.get(i);
            ItemResult item = itemsByCode.get(row.code());
            int line = FIRST_ROW + i;
            cells.text(line, 0, row.code());
            cells.text(line, 1, item == null ? null : item.name());
            cells.integer(line, 2, item == null ? null : item.level());
            cells.integer(line, 3, row.units());
            cells.number(line, 4, row.meanAttainment());
            cells.number(line, 5, row.minAttainment());
            cells.number(line, 6, row.maxAttainment());
            cells.number(line, 7, row.totalPointsLost());
        }
        cells.fitColumns(8, 60);
        cells.fitHeaderHeight(HEADER_ROW, headers.length);
        PageSetup.table(cells.sheet(), HEADER_ROW, HEADER_ROW + rows.size(), headers.length - 1, true);
        if (!rows.isEmpty()) {
            ColourScales.lowerIsBetter(cells.sheet(),
                    new CellRangeAddress(FIRST_ROW, HEADER_ROW + rows.size(), 7, 7));
        }
    }

    private void yearOverYear() {
        SafeCells cells = sheet("So với năm trước");
        rankAndUnit(cells);
        String[] headers = {Labels.VALUE, Labels.PREVIOUS_VALUE, Labels.CHANGE, Labels.PREVIOUS_RANK, Labels.RANK_CHANGE};
        cells.headers(HEADER_ROW, 2, headers);
        for (int i = 0; i < units.size(); i++) {
            UnitResult unit = units.get(i);
            int row = FIRST_ROW + i;
            cells.number(row, 2, unit.officialValue());
            cells.number(row, 3, unit.prevValue());
            cells.change(row, 4, unit.delta());
            cells.integer(row, 5, unit.prevRank());
            cells.rankChange(row, 6, unit.rankChange());
        }
        int firstDomain = 2 + headers.length;
        domains.write(cells, data, units, HEADER_ROW, firstDomain, Labels.DELTA_ATTAINMENT + ": ",
                ItemResult::deltaAttainment);
        finishTable(cells, firstDomain - 1 + domains.size(), 9, 24);
        ColourScales.higherIsBetter(cells.sheet(), new CellRangeAddress(FIRST_ROW, lastRow(), 4, 4));
        if (domains.size() > 0) {
            ColourScales.higherIsBetter(cells.sheet(),
                    new CellRangeAddress(FIRST_ROW, lastRow(), firstDomain, firstDomain - 1 + domains.size()));
        }
    }

    private void targets() {
        SafeCells cells = sheet(Labels.TARGET);
        String[] headers = {Labels.UNIT, Labels.CODE, Labels.TARGET_KIND, Labels.TARGET, Labels.ACTUAL, Labels.GAP,
                Labels.STATUS};
        cells.headers(HEADER_ROW, 0, headers);
        int row = FIRST_ROW;
        for (UnitResult unit : units) {
            for (TargetResult target : data.targets(unit.unitYear())) {
                cells.text(row, 0, unit.unitName());
                cells.text(row, 1, target.code());
                cells.text(row, 2, Labels.targetKind(target.kind()));
                cells.number(row, 3, target.target());
                cells.number(row, 4, target.actual());
                cells.change(row, 5, target.gap());
                cells.text(row, 6, Labels.status(target.status()));
                row++;
            }
        }
        if (row == FIRST_ROW) {
            cells.text(row, 0, Labels.NO_TARGETS);
        }
        cells.fitColumns(10, 45);
        cells.fitHeaderHeight(HEADER_ROW, headers.length);
        PageSetup.table(cells.sheet(), HEADER_ROW, Math.max(FIRST_ROW, row - 1), headers.length - 1, true);
    }

    private void finishMatrix(SafeCells cells) {
        finishTable(cells, 1 + domains.size(), 9, 20);
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
