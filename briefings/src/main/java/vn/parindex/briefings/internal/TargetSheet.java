package vn.parindex.briefings.internal;

import java.util.List;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.UnitResult;

/** The targets sheet of a province briefing: every unit's plan targets for the year, one row each. */
final class TargetSheet {
    private static final int HEADER_ROW = ProvinceBriefingWriter.HEADER_ROW;

    private final BriefingData data;
    private final SafeCells cells;
    private final String context;

    TargetSheet(BriefingData data, SafeCells cells, String context) {
        this.data = data;
        this.cells = cells;
        this.context = context;
    }

    void write(List<UnitResult> units) {
        SheetSources sources = new SheetSources();
        TargetRows rows = new TargetRows(data, cells, sources);
        cells.header(HEADER_ROW, 0, Labels.UNIT);
        cells.headers(HEADER_ROW, 1, TargetRows.HEADERS);
        int lastColumn = TargetRows.HEADERS.length;
        int row = HEADER_ROW + 1;
        for (UnitResult unit : units) {
            for (TargetResult target : data.targets(unit.unitYear())) {
                cells.text(row, 0, unit.unitName());
                rows.write(row, 1, unit, target);
                row++;
            }
        }
        if (row == HEADER_ROW + 1) {
            cells.text(row, 0, Labels.NO_TARGETS);
        }
        cells.fitColumns(10, 45);
        cells.fitHeaderHeight(HEADER_ROW, lastColumn + 1);
        sources.finish(cells, context, data.snapshot().id(), lastColumn);
        PageSetup.table(cells.sheet(), HEADER_ROW, Math.max(HEADER_ROW + 1, row - 1), lastColumn, true);
    }
}
