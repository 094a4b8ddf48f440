package vn.parindex.marts.views;

import static vn.parindex.marts.Columns.DELTA;
import static vn.parindex.marts.Columns.GAP_TO_BEST;
import static vn.parindex.marts.Columns.OFFICIAL_VALUE;
import static vn.parindex.marts.Columns.POINTS_LOST;
import static vn.parindex.marts.Columns.PROVENANCE;
import static vn.parindex.marts.Columns.RANK;
import static vn.parindex.marts.Columns.RANK_CHANGE;
import static vn.parindex.marts.Columns.RECONCILED;
import static vn.parindex.marts.Columns.YEAR;

import java.util.List;

/** A unit's years on one index (its unit_year rows), as the unit page shows them, under the columns' headers. */
public final class UnitHistoryTable {
    public static final List<Shown> COLUMNS = List.of(
            new Shown(YEAR, Shape.YEAR),
            new Shown(OFFICIAL_VALUE, Shape.VALUE),
            new Shown(RANK, Shape.RANK),
            new Shown(GAP_TO_BEST, Shape.MARKED_POINTS),
            new Shown(POINTS_LOST, Shape.POINTS),
            new Shown(DELTA, Shape.CHANGE),
            new Shown(RANK_CHANGE, Shape.MOVEMENT),
            new Shown(RECONCILED, Shape.RECONCILED),
            new Shown(PROVENANCE, Shape.PROVENANCE));

    private UnitHistoryTable() {
    }
}
