package vn.parindex.briefings.internal;

import vn.parindex.marts.Provenance;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.LossDriver;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.UnitResult;
import vn.parindex.marts.records.UnitYear;

/**
 * The briefing of one unit and year: a one-page summary a director reads in a minute (headline, trend with a line
 * chart, domains, the five items that lost most, targets), a sheet with every item and a sheet with the plan (what
 * it takes, the tasks and their status). Losses are in index points
 * so that the page adds up to its headline.
 */
public final class UnitBriefingWriter {
    /** The width of the item names\' column, in characters; longer names wrap. */
    private static final int ITEM_NAME_WIDTH = 45;
    static final int HEADLINE_ROW = 3;
    static final int ITEMS_HEADER_ROW = 3;
    private static final int TREND_CHART_MIN_ROWS = 17;
    private static final int[] SUMMARY_WIDTHS = {24, 44, 11, 11, 11, 11, 12, 13, 24};
    private static final int PROVENANCE_COLUMN = 8;

    private final BriefingData data;
    private final UnitYear key;
    private final UnitResult unit;
    private final String title;
    private final String context;
    private final XSSFWorkbook workbook;
    private final Styles styles;

    private UnitBriefingWriter(BriefingData data, UnitYear key) {
        this.data = data;
        this.key = key;
        this.unit = data.unitYear(key).orElseThrow(() -> new IllegalArgumentException("no result for " + key));
        this.title = unit.unitName() + " — " + Labels.indexName(key.index()) + " năm " + key.year();
        this.context = Labels.place(unit.province()) + " · " + Labels.block(unit.tier());
        this.workbook = Workbooks.create("Báo cáo tóm tắt " + Labels.indexName(key.index()) + " năm " + key.year()
                + " — " + unit.unitName(), data.snapshot());
        this.styles = new Styles(workbook);
    }

    /** The workbook of one unit-year; the caller writes and closes it. */
    public static XSSFWorkbook build(BriefingData data, UnitYear key) {
        UnitBriefingWriter writer = new UnitBriefingWriter(data, key);
        writer.summary();
        writer.allItems();
        new PlanSheet(data, key, writer.sheet(PlanSheet.NAME)).write(writer.context);
        return writer.workbook;
    }

    private SafeCells sheet(String name) {
        return SafeCells.titledSheet(workbook, styles, name, title);
    }

    private void summary() {
        SafeCells cells = sheet("Tóm tắt");
        SheetSources sources = new SheetSources();
        XSSFSheet sheet = cells.sheet();
        for (int column = 0; column < SUMMARY_WIDTHS.length; column++) {
            sheet.setColumnWidth(column, SUMMARY_WIDTHS[column] * 256);
        }
        int row = headline(cells, sources, HEADLINE_ROW);
        row = trend(cells, sources, row + 1);
        row = domains(cells, sources, row + 1);
        row = lossDrivers(cells, sources, row + 1);
        targets(cells, sources, row + 1);
        sources.finish(cells, context, data.snapshot().id(), SUMMARY_WIDTHS.length - 1);
        sheet.createFreezePane(0, 2);
        PageSetup.a4(sheet, true, 1); // one page, landscape: portrait printed the summary at 40 %
    }

    private int headline(SafeCells cells, SheetSources sources, int row) {
        cells.label(row, 0, Labels.VALUE);
        cells.number(row++, 1, unit.officialValue(), IndexPoints.valueFormat(unit));
        cells.label(row, 0, Labels.PROVENANCE);
        if (sources.shown(unit.provenance(), unit.source()) == Provenance.PUBLISHED) {
            cells.text(row++, 1, Labels.PUBLISHED + (unit.source() == null ? "" : " — " + unit.source()));
        } else {
            sources.cell(cells, row++, 1, unit.provenance(), unit.source());
        }
        cells.label(row, 0, Labels.RANK);
        Ranks.rank(cells, row++, 1, unit);
        cells.label(row, 0, Labels.CHANGE);
        cells.change(row++, 1, unit.delta());
        cells.label(row, 0, Labels.PREVIOUS_RANK);
        Ranks.previous(cells, row++, 1, unit);
        cells.label(row, 0, Labels.RANK_CHANGE);
        Ranks.movement(cells, row++, 1, unit);
        cells.label(row, 0, Labels.POINTS_LOST);
        cells.number(row++, 1, unit.pointsLost());
        return row;
    }

    /**
     * Year, value and rank over the years, with a line chart to their right. A year whose value is not published
     * carries the mark in its number format ("85,00 (minh họa)"): the chart beside it leaves no room for a column.
     */
    private int trend(SafeCells cells, SheetSources sources, int row) {
        List<UnitResult> history = data.history(key.unitId(), key.index());
        cells.label(row++, 0, "Diễn biến qua các năm");
        int header = row;
        headers(cells, header, Labels.YEAR, Labels.VALUE, Labels.RANK);
        for (UnitResult year : history) {
            row++;
            cells.integer(row, 0, year.year());
            Provenance kind = sources.shown(year.provenance(), year.source());
            cells.number(row, 1, year.officialValue(), SheetSources.marked(IndexPoints.valueFormat(year), kind));
            Ranks.rank(cells, row, 2, year);
        }
        XSSFSheet sheet = cells.sheet();
        CellRangeAddress years = new CellRangeAddress(header + 1, row, 0, 0);
        CellRangeAddress values = new CellRangeAddress(header + 1, row, 1, 1);
        int chartBottom = Math.max(row + 1, HEADLINE_ROW + TREND_CHART_MIN_ROWS);
        XSSFChart chart = Charts.lines(sheet, new Charts.Area(3, HEADLINE_ROW, SUMMARY_WIDTHS.length, chartBottom),
                Labels.indexName(key.index()) + " qua các năm", Charts.numberCategories(sheet, years),
                List.of(new Charts.Series(values, new CellReference(sheet.getSheetName(), header, 1, true, true),
                        Labels.VALUE)));
        Charts.saneAxis(chart, history.stream().map(UnitResult::officialValue).toList(),
                IndexPoints.ceiling(history), false);
        return chartBottom;
    }

    /**
     * The domains with their losses in index points, then, where the published value does not reconcile, the
     * difference as its own row, and the total: the headline's points lost.
     */
    private int domains(SafeCells cells, SheetSources sources, int row) {
        cells.label(row++, 0, Labels.DOMAIN);
        headers(cells, row, "Mã", Labels.DOMAIN, Labels.MAX_POINTS, Labels.SCORE, Labels.ATTAINMENT,
                Labels.DELTA_ATTAINMENT, Labels.RANK, Labels.POINTS_LOST + " (" + IndexPoints.unitWord(key.index())
                        + ")", Labels.PROVENANCE);
        List<ItemResult> domains = data.domains(key);
        for (ItemResult domain : domains) {
            row++;
            cells.text(row, 0, domain.code());
            cells.wrapped(row, 1, domain.name());
            cells.number(row, 2, domain.maxPoints());
            cells.number(row, 3, domain.score());
            cells.number(row, 4, domain.attainment());
            cells.change(row, 5, domain.deltaAttainment());
            cells.rank(row, 6, domain.rank(), domain.rankOf());
            cells.number(row, 7, IndexPoints.lost(unit, domain));
            sources.cell(cells, row, PROVENANCE_COLUMN, domain.provenance(), null);
        }
        if (domains.isEmpty()) {
            return row + 1;
        }
        Double difference = IndexPoints.unreconciled(unit, domains);
        if (difference != null) {
            row++;
            cells.text(row, 1, Labels.UNRECONCILED);
            cells.change(row, 7, difference);
            sources.cell(cells, row, PROVENANCE_COLUMN, unit.provenance(), unit.source());
        }
        row++;
        cells.label(row, 1, Labels.TOTAL_LOST);
        cells.number(row, 7, unit.pointsLost());
        return row + 1;
    }

    private int lossDrivers(SafeCells cells, SheetSources sources, int row) {
        cells.label(row++, 0, "Năm mục có điểm chưa đạt nhiều nhất");
        headers(cells, row, Labels.CODE, Labels.ITEM, Labels.POINTS_LOST + " (điểm mục)",
                "Quy ra " + IndexPoints.unitWord(key.index()), Labels.SHARE_OF_LOSS);
        cells.header(row, PROVENANCE_COLUMN, Labels.PROVENANCE);
        List<ItemResult> items = data.items(key);
        for (LossDriver driver : data.lossDrivers(key)) {
            row++;
            cells.text(row, 0, driver.code());
            cells.wrapped(row, 1, driver.name());
            cells.number(row, 2, driver.pointsLost());
            cells.number(row, 3, IndexPoints.lost(unit, driver.pointsLost()));
            cells.number(row, 4, driver.shareOfLoss());
            int line = row;
            items.stream().filter(item -> item.code().equals(driver.code())).findFirst()
                    .ifPresent(item -> sources.cell(cells, line, PROVENANCE_COLUMN, item.provenance(), null));
        }
        return row + 1;
    }

    /**
     * The plan made from a year's result is for the year after: the targets of plan year Y+1 first (judged once Y+1
     * is scored), then, when this year's plan had any, this year's targets with how they went.
     */
    private void targets(SafeCells cells, SheetSources sources, int row) {
        int planYear = key.year() + 1;
        UnitYear next = new UnitYear(key.unitId(), key.index(), planYear);
        cells.label(row++, 0, Labels.planTargets(planYear) + " (lập từ kết quả năm " + key.year() + ")");
        List<TargetResult> ahead = data.targets(next);
        if (ahead.isEmpty()) {
            cells.text(row++, 0, Labels.noTargets(planYear));
        } else {
            row = targetRows(cells, sources, row, data.unitYear(next).orElse(unit), ahead);
        }
        List<TargetResult> own = data.targets(key);
        if (!own.isEmpty()) {
            cells.label(++row, 0, Labels.planTargets(key.year()) + " và kết quả năm " + key.year());
            targetRows(cells, sources, row + 1, unit, own);
        }
    }

    /** @param judgedOn the result of the targets' year (its provenance marks the actual figures) */
    private int targetRows(SafeCells cells, SheetSources sources, int row, UnitResult judgedOn,
                           List<TargetResult> targets) {
        headers(cells, row, TargetRows.HEADERS);
        TargetRows rows = new TargetRows(data, cells, sources);
        for (TargetResult target : targets) {
            rows.write(++row, 0, judgedOn, target);
        }
        return row + 1;
    }

    private static void headers(SafeCells cells, int row, String... names) {
        cells.headers(row, 0, names);
        cells.fitHeaderHeight(row, names.length);
    }

    private void allItems() {
        SafeCells cells = sheet("Tất cả mục");
        SheetSources sources = new SheetSources();
        String[] names = {Labels.CODE, Labels.LEVEL, Labels.ITEM, Labels.MAX_POINTS, Labels.SCORE, Labels.SELF_SCORE,
                Labels.POINTS_LOST, Labels.ATTAINMENT, Labels.DELTA_POINTS, Labels.DELTA_ATTAINMENT, Labels.RANK,
                Labels.PROVENANCE};
        cells.headers(ITEMS_HEADER_ROW, 0, names);
        List<ItemResult> items = data.items(key);
        int row = ITEMS_HEADER_ROW;
        for (ItemResult item : items) {
            row++;
            cells.text(row, 0, item.code());
            cells.integer(row, 1, item.level());
            cells.wrapped(row, 2, item.name());
            cells.number(row, 3, item.maxPoints());
            cells.number(row, 4, item.score());
            cells.number(row, 5, item.selfScore());
            cells.number(row, 6, item.pointsLost());
            cells.number(row, 7, item.attainment());
            cells.change(row, 8, item.deltaPoints());
            cells.change(row, 9, item.deltaAttainment());
            cells.rank(row, 10, item.rank(), item.rankOf());
            sources.cell(cells, row, 11, item.provenance(), null);
        }
        cells.fitColumns(8, 60);
        // item names wrap in a column of fixed width, so a long name does not shrink the printed page
        cells.sheet().setColumnWidth(2, ITEM_NAME_WIDTH * 256);
        for (int r = ITEMS_HEADER_ROW + 1; r <= row; r++) {
            cells.fitRowHeight(r, names.length - 1);
        }
        cells.fitHeaderHeight(ITEMS_HEADER_ROW, names.length);
        sources.finish(cells, context, data.snapshot().id(), names.length - 1);
        PageSetup.table(cells.sheet(), ITEMS_HEADER_ROW, row, names.length - 1, true);
        if (!items.isEmpty()) {
            ColourScales.higherIsBetter(cells.sheet(), new CellRangeAddress(ITEMS_HEADER_ROW + 1, row, 7, 7));
        }
    }
}
