package vn.parindex.compute;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.round;

import org.apache.spark.sql.Column;

/** Column groups and expressions shared by the computations. */
final class Keys {
    /** One ranking table: units are ranked only within it. */
    static final String[] TABLE = {"province", "tier", "year", "index"};
    /** One unit's results of one year and index. */
    static final String[] UNIT_YEAR = {"province", "tier", "year", "index", "unit_id"};

    private Keys() {
    }

    static String[] with(String[] keys, String... more) {
        String[] all = java.util.Arrays.copyOf(keys, keys.length + more.length);
        System.arraycopy(more, 0, all, keys.length, more.length);
        return all;
    }

    static Column[] cols(String... names) {
        return java.util.Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    /** Half-up to 2 decimals of the value as written in decimal, as the extracts show it (and ranks compare it). */
    static Column round2(Column value) {
        return round(round(value, 10), 2);
    }

    static Column round2(String name) {
        return round2(col(name));
    }
}
