package vn.parindex.dashboard.unit;

import java.util.List;
import java.util.Optional;
import vn.parindex.dashboard.snapshot.Row;
import vn.parindex.dashboard.snapshot.Snapshot;

/**
 * A unit's merger history, from the snapshot's units mart (units.csv's valid_from, valid_to and successor_id): the
 * units merged into it, and the unit it was merged into.
 */
final class Lineage {
    private Lineage() {
    }

    /** The units whose successor is this one (after a merger: usually two or more). */
    static List<Row> predecessors(Snapshot snapshot, String unitId) {
        return snapshot.predecessors(unitId);
    }

    /** The unit that carries this one's lineage after its last year, if any. */
    static Optional<Row> successor(Snapshot snapshot, String unitId) {
        return snapshot.unit(unitId).map(unit -> unit.str("successor_id")).flatMap(snapshot::unit);
    }
}
