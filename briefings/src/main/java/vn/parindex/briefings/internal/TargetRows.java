package vn.parindex.briefings.internal;

import vn.parindex.text.Codes;
import java.util.Objects;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.marts.records.ItemResult;
import vn.parindex.marts.records.TargetResult;
import vn.parindex.marts.records.UnitResult;

/**
 * Plan targets as rows: code, kind, target, actual, gap, status and the provenance of the actual figure. Rank
 * targets (rank_at_most, rank_improve) are in places, so their numbers are whole.
 */
final class TargetRows {
    static final String[] HEADERS = {Labels.CODE, Labels.TARGET_KIND, Labels.TARGET, Labels.ACTUAL, Labels.GAP,
            Labels.STATUS, Labels.PROVENANCE};

    private final BriefingData data;
    private final SafeCells cells;
    private final SheetSources sources;

    TargetRows(BriefingData data, SafeCells cells, SheetSources sources) {
        this.data = data;
        this.cells = cells;
        this.sources = sources;
    }

    void write(int row, int firstColumn, UnitResult unit, TargetResult target) {
        int column = firstColumn;
        cells.text(row, column++, target.code());
        cells.text(row, column++, Labels.targetKind(target.kind()));
        if (Labels.isRankTarget(target.kind())) {
            cells.integer(row, column++, whole(target.target()));
            cells.integer(row, column++, whole(target.actual()));
            cells.rankChange(row, column++, whole(target.gap()));
        } else {
            cells.number(row, column++, target.target());
            cells.number(row, column++, target.actual());
            cells.change(row, column++, target.gap());
        }
        cells.text(row, column++, Labels.status(target.status()));
        if (target.actual() == null) {
            return;
        }
        if (Codes.TOTAL.equals(target.code())) {
            sources.cell(cells, row, column, unit.provenance(), unit.source());
        } else {
            ItemResult item = data.items(unit.unitYear()).stream()
                    .filter(one -> Objects.equals(one.code(), target.code())).findFirst().orElse(null);
            sources.cell(cells, row, column, item == null ? unit.provenance() : item.provenance(), null);
        }
    }

    private static Integer whole(Double value) {
        return value == null ? null : (int) Math.round(value);
    }
}
