package vn.parindex.dashboard.snapshot;

import java.util.List;

/** A mart (or extract) held in memory: its columns and its rows in file order. */
public record Table(String name, Columns columns, List<Row> rows) {
    public Table {
        rows = List.copyOf(rows);
    }
}
