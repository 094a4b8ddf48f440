package vn.parindex.compute;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rint;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import vn.parindex.marts.Provenance;
import vn.parindex.marts.ScoreIndex;

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

    /**
     * Half-up to 2 decimals of the value as written in decimal, as the extracts show it (and ranks compare it): Spark's
     * round(round(value, 10), 2). That goes through BigDecimal and the value's decimal text, 5 % of a national run's
     * time for the millions of numbers of the marts. Below 10,000 in magnitude and more than a millionth of a cent
     * from a half cent, it is the nearest whole number of cents: the double's error and the rounding to 10 decimals
     * move it by less than 1e-8 cents, so the exact rounding lands on the same cent, and cents / 100 is the double
     * nearest that decimal, as BigDecimal's is (a zero without sign, as BigDecimal's). The rest, half cents above all,
     * keep the exact rounding ({@code KeysTest} holds the two equal).
     */
    static Column round2(Column value) {
        Column cents = value.multiply(100);
        Column nearest = rint(cents);
        Column clearOfHalfCent = abs(value).lt(1e4).and(abs(cents.minus(nearest)).lt(0.5 - 1e-6));
        return when(clearOfHalfCent, when(nearest.equalTo(0), lit(0.0)).otherwise(nearest.divide(100)))
                .otherwise(exactRound2(value));
    }

    /** round(round(value, 10), 2), BigDecimal's half-up of the value's decimal text. */
    static Column exactRound2(Column value) {
        return round(round(value, 10), 2);
    }

    static Column round2(String name) {
        return round2(col(name));
    }

    /** A provenance as a number, strongest first, so that max() picks the weakest (contract section 2). */
    static Column provenanceRank(Column provenance) {
        Column rank = lit(0); // published, and a blank one
        for (Provenance kind : Provenance.values()) {
            rank = kind.ordinal() == 0 ? rank : when(provenance.equalTo(kind.code()), lit(kind.ordinal())).otherwise(rank);
        }
        return rank;
    }

    /** The label of a {@link #provenanceRank} (null stays null). */
    static Column provenanceLabel(Column rank) {
        Column label = lit(null).cast(DataTypes.StringType);
        for (Provenance kind : Provenance.values()) {
            label = when(rank.equalTo(kind.ordinal()), lit(kind.code())).otherwise(label);
        }
        return label;
    }

    /** The indices on their own points scale (PAPI), not 0–100. */
    static Column onPointsScale() {
        return col("index").isin(Arrays.stream(ScoreIndex.values()).filter(ScoreIndex::onPointsScale)
                .map(ScoreIndex::code).toArray());
    }
}
