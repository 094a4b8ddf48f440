package vn.parindex.dashboard.snapshot;

import java.util.List;
import vn.parindex.marts.MartRow;
import vn.parindex.marts.MartSchema;

/** A mart held in memory: its declared columns and its rows in file order. */
public record Table(MartSchema mart, List<MartRow> rows) {
    public Table {
        rows = List.copyOf(rows);
    }

    public String name() {
        return mart.name();
    }
}
