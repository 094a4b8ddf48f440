package vn.parindex.marts.views;

import static vn.parindex.marts.Columns.DELTA;
import static vn.parindex.marts.Columns.GAP_TO_BEST;
import static vn.parindex.marts.Columns.OFFICIAL_VALUE;
import static vn.parindex.marts.Columns.POINTS_LOST;
import static vn.parindex.marts.Columns.PREV_RANK;
import static vn.parindex.marts.Columns.PROVENANCE;
import static vn.parindex.marts.Columns.RANK;
import static vn.parindex.marts.Columns.RANK_CHANGE;
import static vn.parindex.marts.Columns.RECONCILED;
import static vn.parindex.marts.Columns.UNIT_NAME;

import java.util.List;

/**
 * A ranking table as every front end shows it — the ranking page and its CSV, the province workbook's summary sheet —
 * in this order, under the columns' headers: a column shown there is one entry here (the API gives every column of
 * unit_year anyway).
 */
public final class RankingTable {
    public static final List<Shown> COLUMNS = List.of(
            new Shown(RANK, Shape.RANK),
            new Shown(UNIT_NAME, Shape.UNIT),
            new Shown(OFFICIAL_VALUE, Shape.VALUE),
            new Shown(GAP_TO_BEST, Shape.MARKED_POINTS),
            new Shown(POINTS_LOST, Shape.POINTS),
            new Shown(DELTA, Shape.CHANGE),
            new Shown(RANK_CHANGE, Shape.MOVEMENT),
            new Shown(PREV_RANK, Shape.PREVIOUS_RANK),
            new Shown(RECONCILED, Shape.RECONCILED),
            new Shown(PROVENANCE, Shape.PROVENANCE));

    private RankingTable() {
    }

    /** Where a shape first stands in the table (the value column, for the chart drawn from it). */
    public static int positionOf(Shape shape) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).shape() == shape) {
                return i;
            }
        }
        throw new IllegalArgumentException("the ranking table shows no " + shape);
    }
}
