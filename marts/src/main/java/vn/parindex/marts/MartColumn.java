package vn.parindex.marts;

/** One column of a mart: its name, type and whether it may be blank. */
public record MartColumn(String name, ColumnType type, boolean nullable) {
}
