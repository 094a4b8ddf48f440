package vn.parindex.dashboard.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a table, in file order, with a name-to-position lookup shared by all its rows. */
public final class Columns {
    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    public Columns(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            positions.put(this.names.get(i), i);
        }
    }

    public List<String> names() {
        return names;
    }

    /** The column's position, or -1 when the table has no such column (a snapshot older than the column). */
    int position(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    public boolean has(String name) {
        return positions.containsKey(name);
    }
}
