package vn.parindex.dashboard.snapshot;

/** One immutable row of a mart: values are String, Integer, Double, Boolean or null (blank). */
public final class Row {
    private final Columns columns;
    private final Object[] values;

    public Row(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values.clone();
    }

    public Columns columns() {
        return columns;
    }

    /** The value at a position, as stored (for serialisers walking the columns in order). */
    public Object value(int position) {
        return values[position];
    }

    /** The value, or null (blank) when the table lacks the column: snapshots published before it read as blank. */
    public Object get(String column) {
        int position = columns.position(column);
        return position < 0 ? null : values[position];
    }

    public String str(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    public Integer integer(String column) {
        Object value = get(column);
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    public Double number(String column) {
        Object value = get(column);
        return value instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
    }

    public Boolean bool(String column) {
        Object value = get(column);
        return value instanceof Boolean b ? b : null;
    }
}
