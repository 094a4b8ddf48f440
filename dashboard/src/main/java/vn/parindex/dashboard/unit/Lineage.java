package vn.parindex.dashboard.unit;

import vn.parindex.marts.Columns;
import java.util.List;
import java.util.Optional;
import vn.parindex.marts.MartRow;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * A unit's merger history, from the snapshot's units mart (units.csv's valid_from, valid_to and successor_id): the
 * units merged into it, and the unit it was merged into.
 */
final class Lineage {
    private Lineage() {
    }

    /** The units whose successor is this one (after a merger: usually two or more). */
    static List<MartRow> predecessors(Snapshot snapshot, String unitId) {
        return snapshot.predecessors(unitId);
    }

    /** The unit that carries this one's lineage after its last year, if any. */
    static Optional<MartRow> successor(Snapshot snapshot, String unitId) {
        return snapshot.unit(unitId).map(unit -> unit.get(Columns.SUCCESSOR_ID)).flatMap(snapshot::unit);
    }
}
