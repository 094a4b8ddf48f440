package vn.parindex.marts;

import java.util.Arrays;

/**
 * One row of a mart, as every reader hands it over (the nightly job's part files, the dashboard's tables): its values
 * in the mart's declared order, read through the contract's typed {@link Column}s. A column an older snapshot's file
 * lacks reads as blank; a column the mart does not hold at all is a programming error and fails at once.
 */
public final class MartRow {
    private final MartSchema mart;
    private final Object[] values;

    /** The values in the mart's column order (not copied: readers hand over a fresh array per row). */
    public MartRow(MartSchema mart, Object[] values) {
        if (values.length != mart.columns().size()) {
            throw new IllegalArgumentException(mart.name() + " has " + mart.columns().size() + " columns, not "
                    + values.length);
        }
        this.mart = mart;
        this.values = values;
    }

    public MartSchema mart() {
        return mart;
    }

    public <T> T get(Column<T> column) {
        return column.read(values[mart.position(column)]);
    }

    /** Whether the value is blank. */
    public boolean blank(Column<?> column) {
        return values[mart.position(column)] == null;
    }

    /** The value at a position, as stored: for serialisers that walk the columns in order. */
    public Object value(int position) {
        return values[position];
    }

    @Override
    public String toString() {
        return mart.name() + Arrays.toString(values);
    }
}
