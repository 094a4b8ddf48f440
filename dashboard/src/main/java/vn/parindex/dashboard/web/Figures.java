package vn.parindex.dashboard.web;

import vn.parindex.dashboard.snapshot.Row;

/**
 * How a unit-year's figures read: its value on its own scale (PAPI "43,85/80", the others 0–100), its rank with
 * the table's size and basis ("11/63 (công bố)"), and its movement only between tables of the same size.
 */
public final class Figures {
    public static final String PAPI = "PAPI";
    public static final String PUBLISHED_BASIS = "published";

    private Figures() {
    }

    /**
     * The scale of the value: official_value + points_lost (100 for PAR and SIPAS, PAPI's tree maximum), else
     * PAPI's max_total, else 100; null for a PAPI value with no known maximum.
     */
    public static Double scale(Row unitYear) {
        Double official = unitYear.number("official_value");
        Double lost = unitYear.number("points_lost");
        if (!PAPI.equals(unitYear.str("index"))) {
            return 100.0;
        }
        if (official != null && lost != null) {
            return Math.round((official + lost) * 100) / 100.0;
        }
        return unitYear.number("max_total");
    }

    /** Index points per item point: 100 / max_total, or 1 for PAPI (it keeps its points); null without a tree. */
    public static Double indexPointsPerItemPoint(Row unitYear) {
        if (PAPI.equals(unitYear.str("index"))) {
            return 1.0;
        }
        Double max = unitYear.number("max_total");
        return max == null || max <= 0 ? null : 100 / max;
    }

    /** "87,13", or for PAPI "43,85/80". */
    public static String value(Row unitYear) {
        return withScale(unitYear, unitYear.number("official_value"));
    }

    /** Any value of the unit-year's own scale written like {@link #value}. */
    public static String withScale(Row unitYear, Double value) {
        if (value == null) {
            return Formats.number(null);
        }
        Double scale = scale(unitYear);
        return PAPI.equals(unitYear.str("index")) && scale != null
                ? Formats.number(value) + "/" + scaleText(scale) : Formats.number(value);
    }

    /** 80 reads "80", 79,5 reads "79,5". */
    static String scaleText(double scale) {
        return scale == Math.rint(scale) ? String.valueOf((long) scale) : Formats.number(scale);
    }

    /** "11/19", "11/63 (công bố)" for a published rank of a partial table, "–" without a rank. */
    public static String rank(Row unitYear) {
        Integer rank = unitYear.integer("rank");
        if (rank == null) {
            return "–";
        }
        Integer of = unitYear.integer("rank_of");
        return rank + (of == null ? "" : "/" + of) + (isPublishedRank(unitYear) ? " (công bố)" : "");
    }

    public static boolean isPublishedRank(Row unitYear) {
        return PUBLISHED_BASIS.equals(unitYear.str("rank_basis"));
    }

    /**
     * ▲/▼ when the table kept its size; otherwise last year's rank in last year's table ("năm trước 19/19"), as a
     * place gained in a table that shrank is no gain.
     */
    public static String movement(Row unitYear) {
        Integer change = unitYear.integer("rank_change");
        if (change != null) {
            return Formats.rankMove(change);
        }
        Integer previous = unitYear.integer("prev_rank");
        if (previous == null) {
            return "–";
        }
        Integer of = unitYear.integer("prev_rank_of");
        return "năm trước " + previous + (of == null ? "" : "/" + of);
    }

    public static String movementClass(Row unitYear) {
        Integer change = unitYear.integer("rank_change");
        return change == null || change == 0 ? "num" : change > 0 ? "num up" : "num down";
    }
}
