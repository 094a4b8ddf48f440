package vn.parindex.marts;

/** One column as a mart holds it: the contract's column and whether this mart may leave it blank. */
public record MartColumn(Column<?> column, boolean nullable) {
    public String name() {
        return column.name();
    }

    public ColumnType type() {
        return column.type();
    }
}
