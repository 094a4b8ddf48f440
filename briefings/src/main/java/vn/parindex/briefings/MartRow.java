package vn.parindex.briefings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One row of a mart as its reader holds it (a Spark row at night, a loaded table row in the dashboard), read by
 * column name. Numbers are read through {@link Number}, so an int column that becomes a long still reads.
 */
@FunctionalInterface
public interface MartRow {
    /** The value, or null when blank or when the row lacks the column (a mart written before it was added). */
    Object get(String column);

    default String text(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    default Double number(String column) {
        return get(column) instanceof Number number ? number.doubleValue() : null;
    }

    default Integer integer(String column) {
        return get(column) instanceof Number number ? number.intValue() : null;
    }

    default Boolean bool(String column) {
        return get(column) instanceof Boolean value ? value : null;
    }

    /** A Parquet date, or yyyy-mm-dd text as the extract writes it; anything else reads as no date. */
    default LocalDate date(String column) {
        Object value = get(column);
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return parseDate(value == null ? null : value.toString());
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
