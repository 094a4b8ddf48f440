package vn.parindex.marts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How an extract writes a mart's value (contract section 4): '.' decimals with 2 places, true/false, yyyy-mm-dd,
 * blank for none. The batch writes the CSVs with it; a reader of the Parquet marts can hold them against it.
 */
public final class ExtractText {
    private ExtractText() {
    }

    /** The cell of the given column of a row whose values are in the mart's column order. */
    public static String of(MartSchema mart, Object[] row, int column) {
        Object value = row[column];
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return isPlace(mart, row, column) ? String.valueOf(Math.round(number)) : decimal(number);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }

    /**
     * An extract's cell back as the mart's value: the reverse of {@link #of} for a reader of the CSV (blank: null; a
     * number or boolean that does not read as one: null, as a cell of the wrong kind would).
     */
    public static Object value(ColumnType type, String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        try {
            return switch (type) {
                case STRING -> cell;
                case INT -> Integer.valueOf(cell.strip());
                case DOUBLE -> Double.valueOf(cell.strip());
                case BOOLEAN -> cell.equals("true") ? Boolean.TRUE : cell.equals("false") ? Boolean.FALSE : null;
                case DATE -> LocalDate.parse(cell.strip());
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The record of an extract (fields in its header's order) as a row of the mart, columns matched by name. */
    public static MartRow row(MartSchema mart, java.util.List<String> header, java.util.List<String> record) {
        Object[] values = new Object[mart.columns().size()];
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            int position = mart.indexOf(header.get(i));
            if (position >= 0) {
                values[position] = value(mart.columns().get(position).type(), record.get(i));
            }
        }
        return new MartRow(mart, values);
    }

    /** A rank reached is a whole number, shown as such next to its 2-decimal target. */
    private static boolean isPlace(MartSchema mart, Object[] row, int column) {
        return mart.equals(Marts.TARGET_STATUS) && column == mart.position(Columns.ACTUAL)
                && row[mart.position(Columns.TARGET_KIND)] instanceof String kind && TargetKind.isRank(kind);
    }

    /** Half-up rounding of the value as written in decimal; a 10-digit pre-rounding removes binary noise (0.125 stays 0.125). */
    public static BigDecimal round2(double value) {
        return BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
    }

    /** 2 decimals, '.' as decimal point, never "-0.00". */
    public static String decimal(double value) {
        // the marts hold values rounded to 2 decimals already: a value that is exactly the double of its cents is
        // written from them, as round2 would write it, without the decimal arithmetic (millions of cells an extract)
        if (Math.abs(value) < 1e6) {
            long cents = Math.round(value * 100);
            if (cents / 100.0 == value) {
                return ofCents(cents);
            }
        }
        BigDecimal rounded = round2(value);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return rounded.toPlainString();
    }

    private static String ofCents(long cents) {
        long whole = Math.abs(cents) / 100;
        long rest = Math.abs(cents) % 100;
        StringBuilder text = new StringBuilder(12);
        if (cents < 0) {
            text.append('-');
        }
        return text.append(whole).append(rest < 10 ? ".0" : ".").append(rest).toString();
    }
}
