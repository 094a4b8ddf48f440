package vn.parindex.marts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One column of the snapshot contract, typed: its name in the marts and extracts, its type and its one Vietnamese
 * header (pages, workbooks and notebooks show it under that header). Declared once in {@link Columns}; a mart lists
 * the columns it holds ({@link Marts}), and a {@link MartRow} is read through them, so a misspelt column does not
 * compile and a column asked of a mart that does not hold it fails at once instead of reading as blank.
 *
 * @param <T> what a value reads as: String, Integer, Double, Boolean or LocalDate
 */
public final class Column<T> {
    private final String name;
    private final ColumnType type;
    private final Class<T> javaType;
    private final String label;

    private Column(String name, ColumnType type, Class<T> javaType, String label) {
        this.name = name;
        this.type = type;
        this.javaType = javaType;
        this.label = label;
    }

    static Column<String> text(String name, String label) {
        return new Column<>(name, ColumnType.STRING, String.class, label);
    }

    static Column<Integer> integer(String name, String label) {
        return new Column<>(name, ColumnType.INT, Integer.class, label);
    }

    static Column<Double> real(String name, String label) {
        return new Column<>(name, ColumnType.DOUBLE, Double.class, label);
    }

    static Column<Boolean> bool(String name, String label) {
        return new Column<>(name, ColumnType.BOOLEAN, Boolean.class, label);
    }

    static Column<LocalDate> date(String name, String label) {
        return new Column<>(name, ColumnType.DATE, LocalDate.class, label);
    }

    /** A column as a part file declares it (checking a folder against its mart): no header of its own. */
    public static Column<?> found(String name, ColumnType type) {
        return switch (type) {
            case STRING -> text(name, name);
            case INT -> integer(name, name);
            case DOUBLE -> real(name, name);
            case BOOLEAN -> bool(name, name);
            case DATE -> date(name, name);
        };
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    /** The one Vietnamese header of this column. */
    public String label() {
        return label;
    }

    /** The column's value in a row of a mart that holds it (null: blank). */
    public T of(MartRow row) {
        return row.get(this);
    }

    /**
     * A stored value as this column's type: numbers through {@link Number} (an int column read as a long still
     * reads), dates from a Parquet date or the extracts' yyyy-mm-dd text; anything else reads as blank.
     */
    T read(Object value) {
        Object typed = switch (type) {
            case STRING -> value == null ? null : value.toString();
            case INT -> value instanceof Number number ? Integer.valueOf(number.intValue()) : null;
            case DOUBLE -> value instanceof Number number ? Double.valueOf(number.doubleValue()) : null;
            case BOOLEAN -> value instanceof Boolean bool ? bool : null;
            case DATE -> date(value);
        };
        return javaType.cast(typed);
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Same name and type (the header is not part of what a file holds). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Column<?> column && column.name.equals(name) && column.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
