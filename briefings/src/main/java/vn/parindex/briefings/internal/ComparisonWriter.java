package vn.parindex.briefings.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.briefings.BriefingData;
import vn.parindex.briefings.ComparisonRequest;
import vn.parindex.briefings.ItemResult;
import vn.parindex.briefings.UnitResult;
import vn.parindex.briefings.UnitYear;

/**
 * The dashboard's comparison, built on demand: chosen units × years (value, then rank X/N; a year per row so each
 * unit is one column and one line of the chart) and a long table of their domain attainment.
 */
public final class ComparisonWriter {
    static final int HEADER_ROW = 3;

    private final BriefingData data;
    private final ComparisonRequest request;
    private final List<String> unitNames = new ArrayList<>();
    private final String title;
    private final XSSFWorkbook workbook;
    private final Styles styles;

    private ComparisonWriter(BriefingData data, ComparisonRequest request) {
        this.data = data;
        this.request = request;
        for (String unitId : request.unitIds()) {
            List<UnitResult> history = data.history(unitId, request.index());
            unitNames.add(history.isEmpty() ? unitId : history.get(history.size() - 1).unitName());
        }
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
        return SafeCells.titledSheet(workbook, styles, name, title, "Dữ liệu: bản công bố " + data.snapshot().id());
    }

    private UnitResult result(int unit, int year) {
        return data.unitYear(new UnitYear(request.unitIds().get(unit), request.index(), year)).orElse(null);
    }

    private void valuesAndRanks() {
        SafeCells cells = sheet("So sánh chỉ số");
        int units = request.unitIds().size();
        cells.header(HEADER_ROW, 0, Labels.YEAR);
        for (int unit = 0; unit < units; unit++) {
            cells.header(HEADER_ROW, 1 + unit, unitNames.get(unit));
            cells.header(HEADER_ROW, 1 + units + unit, Labels.RANK + " — " + unitNames.get(unit));
        }
        List<Integer> years = request.years();
        for (int i = 0; i < years.size(); i++) {
            int row = HEADER_ROW + 1 + i;
            cells.integer(row, 0, years.get(i));
            for (int unit = 0; unit < units; unit++) {
                UnitResult result = result(unit, years.get(i));
                if (result != null) {
                    cells.number(row, 1 + unit, result.officialValue());
                    cells.rank(row, 1 + units + unit, result.rank(), result.rankOf());
                }
            }
        }
        int lastRow = HEADER_ROW + years.size();
        cells.fitColumns(8, 30);
        cells.fitHeaderHeight(HEADER_ROW, 1 + 2 * units);
        XSSFSheet sheet = cells.sheet();
        PageSetup.table(sheet, HEADER_ROW, lastRow, 2 * units, true);
        if (years.isEmpty() || units == 0) {
            return;
        }
        List<Charts.Series> lines = new ArrayList<>();
        for (int unit = 0; unit < units; unit++) {
            lines.add(new Charts.Series(new CellRangeAddress(HEADER_ROW + 1, lastRow, 1 + unit, 1 + unit),
                    new CellReference(sheet.getSheetName(), HEADER_ROW, 1 + unit, true, true), unitNames.get(unit)));
        }
        Charts.lines(sheet, new Charts.Area(0, lastRow + 2, Math.max(8, 1 + units), lastRow + 22),
                Labels.indexName(request.index()) + " qua các năm",
                Charts.numberCategories(sheet, new CellRangeAddress(HEADER_ROW + 1, lastRow, 0, 0)), lines);
    }

    private void domains() {
        SafeCells cells = sheet("Mức đạt theo lĩnh vực");
        String[] names = {Labels.UNIT, Labels.PROVINCE, Labels.YEAR, "Mã", Labels.DOMAIN, Labels.MAX_POINTS,
                Labels.SCORE, Labels.ATTAINMENT, Labels.DELTA_ATTAINMENT};
        for (int column = 0; column < names.length; column++) {
            cells.header(HEADER_ROW, column, names[column]);
        }
        int row = HEADER_ROW;
        for (int unit = 0; unit < request.unitIds().size(); unit++) {
            for (int year : request.years()) {
                UnitResult result = result(unit, year);
                if (result == null) {
                    continue;
                }
                for (ItemResult domain : data.domains(result.unitYear())) {
                    row++;
                    cells.text(row, 0, result.unitName());
                    cells.text(row, 1, result.province());
                    cells.integer(row, 2, year);
                    cells.text(row, 3, domain.code());
                    cells.text(row, 4, domain.name());
                    cells.number(row, 5, domain.maxPoints());
                    cells.number(row, 6, domain.score());
                    cells.number(row, 7, domain.attainment());
                    cells.change(row, 8, domain.deltaAttainment());
                }
            }
        }
        cells.fitColumns(8, 50);
        cells.fitHeaderHeight(HEADER_ROW, names.length);
        PageSetup.table(cells.sheet(), HEADER_ROW, row, names.length - 1, true);
        if (row > HEADER_ROW) {
            ColourScales.higherIsBetter(cells.sheet(), new CellRangeAddress(HEADER_ROW + 1, row, 7, 7));
        }
    }
}
